## Die öffentliche Seite eines Mitglieds (/u/<handle>)

# Unter dem Namen: „@ada · 1.250 Punkte · Mitglied seit 5. März 2026“.
profiles-meta = @{ $handle } · { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } · Mitglied seit
# Die Liste mit Ort und Links des Mitglieds, für Screenreader.
profiles-facts = Angaben
profiles-based-in = Standort: { $location }
profiles-advocate = Mitglied des Monats
profiles-badges = Abzeichen
profiles-no-badges = Noch keine Abzeichen.
profiles-featured-stories = Hervorgehobene Geschichten
profiles-recent-posts = Neueste Beiträge
profiles-no-posts = Noch keine Beiträge.

## Moderationswerkzeuge auf der Seite eines Mitglieds

profiles-mod-tools = Moderationswerkzeuge
profiles-mod-restrict = Sperren oder stummschalten …
profiles-award-badge = Abzeichen verleihen
profiles-award-reason = Begründung (das Mitglied sieht sie)
profiles-award = Verleihen
profiles-revoke-badge = Abzeichen entziehen
profiles-revoke-reason = Begründung
profiles-revoke = Entziehen
profiles-spotlight-citation = Zum Mitglied des Monats küren: Würdigung
profiles-spotlight = Ins Rampenlicht stellen

## Dein Profil (/me/profile)

profiles-mine-title = Dein Profil
profiles-picture-saved = Dein neues Bild ist gespeichert.
profiles-details-saved = Deine Angaben sind gespeichert.
profiles-handle-saved = Dein Nutzername ist geändert. Deine alte Adresse führt noch ein Jahr lang hierher.
profiles-picture = Bild
profiles-public-page = Deine öffentliche Seite ansehen
profiles-your-pictures = Deine Bilder
profiles-your-data = Deine Daten
profiles-download-data = Deine Daten herunterladen
# Nach dem Link „Deine Daten herunterladen“.
profiles-download-data-what = – alles, was diese Community über dich gespeichert hat, in einer Datei.
profiles-delete-account = Dein Konto löschen

## Was du über dich sagst

profiles-about-you = Über dich
profiles-bio = Bio
profiles-bio-hint = Ein paar Zeilen über dich. Markdown funktioniert: **fett**, *kursiv*, Links. Höchstens { $max } Zeichen.
profiles-job-title = Position
profiles-company = Firma
profiles-location = Ort
profiles-location-hint = Eine Stadt oder Region, wenn du magst.
profiles-website = Website
profiles-website-hint = https://… (andere Arten von Links werden abgelehnt).
profiles-linkedin-hint = https://www.linkedin.com/in/dein-name
profiles-save-details = Angaben speichern

## Dein Nutzername

profiles-handle = Nutzername
profiles-handle-hint = Deine Adresse ist /u/{ $handle }, und andere erwähnen dich als @{ $handle }. Nach einer Änderung führt die alte Adresse noch ein Jahr lang hierher, und so lange kann niemand sonst sie übernehmen. Buchstaben a–z, Ziffern und Unterstriche, höchstens { $max }.
profiles-change-handle = Nutzernamen ändern

## Was du über dich sagst und deinen Nutzernamen prüfen

# Der Anfang von „… darf höchstens 80 Zeichen lang sein.“ (und Ähnlichem) für jedes Feld.
profiles-what-bio = Deine Bio
profiles-what-company = Ein Firmenname
profiles-what-job-title = Eine Position
profiles-what-location = Ein Ort
profiles-what-website = Deine Website
profiles-what-linkedin = Dein LinkedIn-Link
profiles-control-characters = { $what } darf keine Steuerzeichen enthalten.
profiles-linkedin-shape = Dein LinkedIn-Link sollte so aussehen: https://www.linkedin.com/in/dein-name.
profiles-handle-missing = Gib einen Nutzernamen ein.
profiles-handle-length = Ein Nutzername hat { $min } bis { $max } Zeichen; dieser hat { $count }.
profiles-handle-characters = Ein Nutzername darf nur Buchstaben a–z, Ziffern und Unterstriche enthalten.
profiles-handle-start = Ein Nutzername beginnt mit einem Buchstaben oder einer Ziffer.
profiles-handle-reserved = @{ $handle } ist reserviert; wähle einen anderen Nutzernamen.
profiles-handle-taken = @{ $handle } ist schon vergeben; wähle einen anderen Nutzernamen.

## Antworten des Servers

# Das Subjekt von „… wurde nicht gefunden.“
profiles-that-member = Dieses Mitglied
