# Die Oberfläche von Chorus auf Deutsch. Wir duzen die Mitglieder, wie es in Communitys üblich ist.
# Übersetzt aus en.ftl; dieselben Schlüssel, dieselben Platzhalter.

## Gemeinsam

loading = Wird geladen …
switch-current = (aktuell)
points-amount = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}

## Seitenrahmen: Sprunglink, Navigation, Fußzeile

shell-skip-link = Zum Inhalt springen
nav-main = Hauptnavigation
nav-menu = Menü
nav-forum = Forum
nav-stories = Geschichten
nav-challenges = Challenges
nav-rewards = Prämien
nav-leaderboard = Bestenliste
nav-search = Suche
nav-sign-in = Anmelden
nav-join = Beitreten
nav-groups = Gruppen
nav-my-stories = Meine Geschichten
nav-my-points = Meine Punkte
nav-invite = Freunde einladen
nav-account-of = Konto von
nav-notifications = Benachrichtigungen
nav-unread = { $count } ungelesen
nav-staff = Team
staff-flags = Meldungen
staff-held = Freigaben
staff-story-review = Geschichten prüfen
staff-challenge-review = Challenges prüfen
staff-pictures = Bilder
staff-dashboard = Dashboard
staff-members = Mitglieder
staff-invitations = Einladungen
staff-import = Import
staff-applications = Beitrittsanfragen
staff-categories = Kategorien
staff-points = Punkte
staff-badges = Abzeichen
staff-challenges = Challenges
staff-nps = NPS
staff-rewards = Prämien
staff-redemptions = Einlösungen
staff-referrals = Empfehlungen
staff-embed = Einbetten
staff-api = API
staff-webhooks = Webhooks
staff-sso = Anmeldung
staff-settings = Einstellungen
staff-audit = Protokoll
footer-nav = Fußzeile
footer-terms = Nutzungsbedingungen
footer-privacy = Datenschutzhinweise
footer-guidelines = Community-Richtlinien
footer-accessibility = Barrierefreiheit
theme-legend = Darstellung
theme-system = Wie mein System
theme-light = Hell
theme-dark = Dunkel
language-legend = Sprache
not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben, oder der Link ist falsch geschrieben.
not-found-home = Zur Startseite

## Startseite

home-description = { $community }: Tausch dich mit anderen aus, erzähl deine Geschichte, sammle Anerkennung und Prämien.
home-greeting = Schön, dass du da bist, { $name }.
home-your-account = Dein Konto
home-join = Der Community beitreten
home-features = Was dich hier erwartet
home-forums = Community-Foren
home-forums-text = Fragen, Antworten und Ideen von Menschen, die das Produkt jeden Tag nutzen.
home-stories = Kundengeschichten
home-stories-text = Erzähl, wie du mit dem Produkt erfolgreich bist; die besten Geschichten stellen wir vor.
home-points = Punkte, Abzeichen und Prämien
home-points-text = Wer anderen hilft, sammelt Punkte und tauscht sie gegen Rabatte, Vorabzugang und Merchandise ein.

## Prämien

rewards-title = Prämien
rewards-description = Die Prämien, gegen die Mitglieder ihre Punkte eintauschen können: Rabatte, Vorabzugang und mehr.
rewards-your-points = Deine Punkte
rewards-yours = Deine Prämien
rewards-history = Punkteverlauf
rewards-empty = Gerade gibt es keine Prämien. Schau bald wieder vorbei.
reward-unlimited = Unbegrenzt
reward-out-of-stock = Vergriffen
reward-left = Noch { $count } verfügbar
reward-until = Bis
reward-min-level = Ab Stufe { $level }
reward-group-only = Nur für die Gruppe { $group }
reward-confirm-question = { $points ->
    [one] { $points } Punkt für „{ $reward }“ einlösen?
   *[other] { $points } Punkte für „{ $reward }“ einlösen?
}
reward-redeem = Einlösen
reward-confirm = Bestätigen
reward-kind-discount = Rabattcode
reward-kind-physical = Sachprämie
reward-kind-early-access = Vorabzugang
reward-kind-experience = Erlebnis
