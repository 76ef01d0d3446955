## Mitgliederliste (/admin/members): Suchformular, Übersicht, Tabelle

admin-members-title = Mitglieder
admin-members-loading = Mitglieder werden geladen …
admin-search-label = Name, E-Mail oder Benutzername
admin-role = Rolle
admin-status = Status
admin-level = Stufe
admin-group = Gruppe
admin-nps = NPS
admin-order = Sortierung
# Erste Auswahl jedes Filters: keine Einschränkung.
admin-any = Alle
admin-search = Suchen
admin-status-active = Aktiv
admin-status-unconfirmed = Adresse nicht bestätigt
admin-status-suspended = Gesperrt
admin-status-silenced = Stummgeschaltet
admin-status-removed = Als Spam entfernt
admin-status-deleted = Gelöscht
admin-nps-promoter = Promotor (9–10)
admin-nps-passive = Passiv (7–8)
admin-nps-detractor = Kritiker (0–6)
admin-nps-unanswered = Nicht beantwortet
admin-sort-newest = Neueste zuerst
admin-sort-oldest = Älteste zuerst
admin-sort-name = Name
admin-sort-points = Meiste Punkte
admin-sort-seen = Zuletzt aktiv
admin-members-found = { $count ->
    [one] { $count } Mitglied gefunden
   *[other] { $count } Mitglieder gefunden
}
admin-members-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
admin-members-csv = Diese als CSV herunterladen
admin-members-clear = Suche zurücksetzen
admin-members-none-found = Niemand passt zu dieser Suche.
admin-members-none-here = Auf dieser Seite gibt es keine Mitglieder.
# Tabellenbeschriftung für Screenreader: die Liste und ihre Sortierung.
admin-members-caption = Mitglieder, { $sort ->
    [oldest] älteste zuerst
    [name] nach Name
    [points] meiste Punkte zuerst
    [seen] zuletzt aktive zuerst
   *[newest] neueste zuerst
}
admin-member = Mitglied
admin-email = E-Mail
admin-points = Punkte
admin-groups = Gruppen
admin-referred-by = Empfohlen von
admin-joined = Beigetreten
admin-last-seen = Zuletzt aktiv
admin-standing = Status
admin-account = Konto
# Link zum Status des Mitglieds, für Screenreader: „Status von Ada Okafor: Gesperrt“.
admin-standing-of = Status von { $name }: { $standing }
# Nach dem Wert in der NPS-Spalte: „9 · Promotor“.
admin-nps-promoter-name = Promotor
admin-nps-passive-name = passiv
admin-nps-detractor-name = Kritiker
admin-never = Nie

## Mitgliederliste: Formulare je Zeile (Rolle, Adresse, Spam)

# Nur für Screenreader, vor dem Rollenmenü.
admin-role-of = Rolle von { $name }
admin-role-save = Speichern
admin-role-saved = Gespeichert.
admin-email-confirmed = Bestätigt
admin-email-not-confirmed = Nicht bestätigt
admin-confirm-address = Adresse bestätigen
# In der Spalte „Konto“ statt der Spam-Schaltfläche: Admins können nicht entfernt werden.
admin-spam-admin = Admin
admin-spam-remove = Als Spam entfernen
admin-delete-account = Konto löschen …
admin-reinstate = Wiederherstellen
# Name der Schaltfläche „Wiederherstellen“ für Screenreader.
admin-reinstate-label = Wiederherstellen: { $name }
# Was das Entfernen als Spam bewirkt hat, als Teil von admin-spam-removed.
admin-spam-posts = { $count ->
    [0] keine Beiträge zum Ausblenden
    [one] { $count } Beitrag ausgeblendet
   *[other] { $count } Beiträge ausgeblendet
}
admin-spam-removed = Entfernt; { $posts }.
admin-spam-removed-points = Entfernt; { $posts }, { $points ->
    [one] { $points } Empfehlungspunkt
   *[other] { $points } Empfehlungspunkte
} zurückgebucht.
admin-reinstated = { $count ->
    [0] Wiederhergestellt; es gab keine Beiträge wieder einzublenden.
    [one] Wiederhergestellt; { $count } Beitrag mit seinen Punkten wieder eingeblendet.
   *[other] Wiederhergestellt; { $count } Beiträge mit ihren Punkten wieder eingeblendet.
}

## Ein Mitglied (/admin/members/:id)

admin-member-loading = Mitglied wird geladen …
admin-member-page-title = { $name } · Mitglieder
admin-breadcrumb = Brotkrumennavigation
admin-public-profile = Öffentliches Profil
admin-suspend-or-silence = Sperren oder stummschalten
admin-delete-the-account = Konto löschen
# Nach der E-Mail-Adresse.
admin-email-confirmed-note = (bestätigt)
admin-email-not-confirmed-note = (nicht bestätigt)
admin-suspended-because = Gesperrt: { $reason }
admin-silenced-because = Stummgeschaltet: { $reason }
admin-points-summary = { $balance } zum Ausgeben · { $lifetime } insgesamt verdient
admin-groups-none = Keine
admin-latest-nps = Letzte NPS-Antwort
# Niemand hat dieses Mitglied geworben.
admin-nobody = Niemand
admin-activity = Aktivität
# Nach einer fett gesetzten Zahl in der Aktivitätsliste: „12 Themen“, „3 ausgeblendet“.
admin-count-topics = { $count ->
    [one] Thema
   *[other] Themen
}
admin-count-posts = { $count ->
    [one] Beitrag
   *[other] Beiträge
}
admin-count-hidden = { $count ->
   *[other] ausgeblendet
}
admin-count-likes = { $count ->
    [one] erhaltenes Like
   *[other] erhaltene Likes
}
admin-count-stories = { $count ->
    [one] Geschichte
   *[other] Geschichten
}
admin-count-redemptions = { $count ->
    [one] Einlösung
   *[other] Einlösungen
}
admin-badges = Abzeichen
admin-badges-none = Noch keine Abzeichen.
admin-newest-posts = Neueste Beiträge
admin-posts-none = Noch keine Beiträge.
# Markierung hinter einem Beitrag in der Liste.
admin-post-hidden = Ausgeblendet
admin-post-removed = Entfernt
admin-ledger = Punktebuchungen
admin-ledger-none = Noch keine Punkte.
admin-when = Wann
admin-what = Was
admin-note = Notiz
# Hinter dem Grund einer Buchung, die zurückgenommen wurde.
admin-ledger-reversed = (storniert)
admin-redemptions = Einlösungen ({ $count })
admin-redemptions-none = Keine Prämien eingelöst.
admin-reward = Prämie
admin-cost = Kosten
admin-referrals = Empfehlungen
admin-referrals-summary = { $people ->
    [one] { $people } Person geworben
   *[other] { $people } Personen geworben
} · { $visits ->
    [one] { $visits } Besuch über den Link
   *[other] { $visits } Besuche über den Link
} · { $points ->
    [one] { $points } Punkt aus Empfehlungen
   *[other] { $points } Punkte aus Empfehlungen
}
admin-referrals-none = Noch niemand geworben.
admin-friend = Geworbene Person
admin-flags = Meldungen
admin-flags-on = Zu Beiträgen des Mitglieds ({ $count })
admin-flagged-by = Gemeldet von
admin-flags-on-none = Niemand hat Beiträge dieses Mitglieds gemeldet.
admin-flags-by = Vom Mitglied gemeldet ({ $count })
# Spalte der Meldungen, die das Mitglied gemacht hat: wessen Beitrag es gemeldet hat.
admin-post-by = Beitrag von
admin-flags-by-none = Dieses Mitglied hat noch nichts gemeldet.
admin-post = Beitrag
admin-reason = Grund
admin-outcome = Ergebnis
admin-flag-hidden = Beitrag ausgeblendet
admin-flag-dismissed = Abgewiesen
admin-flag-open = Offen
admin-flag-reason-other = Etwas anderes
admin-nps-answers = NPS-Antworten
admin-nps-answers-none = Keine Antworten auf eine NPS-Umfrage.
admin-survey = Umfrage
admin-score = Wert
admin-why = Begründung
admin-audit-entries = Protokolleinträge ({ $count })
admin-audit-hint = Aktionen des Teams zu diesem Konto und seinen Beiträgen sowie die eigenen Aktionen des Mitglieds als Teammitglied; neueste zuerst.
admin-audit-none = Nichts protokolliert.
admin-who = Wer
admin-action = Aktion
# Spalte: Worauf sich die Aktion bezog („user 12“).
admin-on = Ziel
admin-detail = Details

## Status eines Mitglieds (/mod/members/:id): sperren oder stummschalten

admin-standing-title = Status des Mitglieds
admin-profile = Profil
# Vor dem Beitrittsdatum: „@ada · Moderator · Mitglied seit 5. März 2026“.
admin-standing-meta = @{ $handle } · { $role } · Mitglied seit
admin-standing-removed = Als Spam entfernt: kann sich nicht anmelden.
admin-standing-good = Keine Einschränkungen
admin-suspended-until = Gesperrt bis { $until } (UTC). Grund: { $reason }
admin-silenced-until = Stummgeschaltet bis { $until } (UTC). Grund: { $reason }
admin-lift-suspension = Sperre aufheben
admin-lift-silence = Stummschaltung aufheben
admin-restrict-hint = Gesperrte Mitglieder können sich nicht anmelden; stummgeschaltete Mitglieder können lesen, aber weder posten noch antworten, bearbeiten oder eine Geschichte einreichen. Beides endet von selbst; das Mitglied bekommt den Zeitraum und deinen Grund per E-Mail.
# Legende der Wahl zwischen Stummschalten und Sperren.
admin-restrict-what = Maßnahme
admin-restrict-silence = Stummschalten: kann lesen, aber nicht posten
admin-restrict-suspend = Sperren: kann sich nicht anmelden
# Beschriftung des Zeitraum-Menüs.
admin-restrict-for = Dauer
admin-period-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
admin-period-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
admin-period-year = 1 Jahr
admin-restrict-reason = Grund (das Mitglied bekommt ihn angezeigt)
admin-restrict = Einschränken
admin-cannot-restrict-admin = Admins können weder gesperrt noch stummgeschaltet werden: Gib ihnen zuerst eine andere Rolle.
admin-cannot-restrict-moderator = Nur ein Admin kann einen Moderator sperren oder stummschalten.
admin-cannot-restrict-self = Du kannst dich nicht selbst sperren oder stummschalten.

## Ablehnungen
# { $value } ist der gesendete Wert in Anführungszeichen; suspend, silence, member, moderator und admin sind die
# Werte, die das Formular sendet, und bleiben deshalb so stehen.

admin-search-too-long = Die Suche darf höchstens { $max } Zeichen lang sein.
admin-search-control = Die Suche darf keine Steuerzeichen enthalten.
admin-role-unknown = { $value } ist keine Rolle; wähle member, moderator oder admin.
admin-filter-bad-status = { $value } ist kein Status; wähle einen aus der Liste.
admin-filter-bad-level = { $value } ist keine Stufe; wähle eine aus der Liste.
admin-filter-bad-group = { $value } ist keine Gruppe; wähle eine aus der Liste.
admin-filter-bad-nps = { $value } ist keine NPS-Gruppe; wähle eine aus der Liste.
admin-filter-bad-sort = { $value } ist keine Sortierung; wähle eine aus der Liste.
admin-role-own = Du kannst deine eigene Rolle nicht ändern; bitte einen anderen Admin darum. So bleibt immer mindestens ein Admin verantwortlich.
admin-last-admin = Das ist der letzte Admin: Mach zuerst jemand anderen zum Admin.
admin-already-confirmed = Diese Adresse ist bereits bestätigt.
admin-spam-own-account = Du kannst dein eigenes Konto nicht entfernen.
admin-spam-already = Dieses Konto wurde bereits entfernt.
admin-spam-is-admin = Gib dem Admin eine andere Rolle, bevor du das Konto entfernst.
admin-not-removed = Dieses Konto ist nicht entfernt.
admin-restrict-unknown = { $value } ist keine Maßnahme, die das Team ergreifen kann; wähle suspend oder silence.
admin-restrict-self-suspend = Du kannst dich nicht selbst sperren.
admin-restrict-self-silence = Du kannst dich nicht selbst stummschalten.
admin-restrict-admin-suspend = Ein Admin kann nicht gesperrt werden: Gib ihm zuerst eine andere Rolle.
admin-restrict-admin-silence = Ein Admin kann nicht stummgeschaltet werden: Gib ihm zuerst eine andere Rolle.
# Das Team kann nur Rollen unter der eigenen einschränken; $role ist die Rolle des betroffenen Mitglieds.
admin-restrict-only-admin-suspend = Nur ein Admin kann { $role ->
    [member] ein Mitglied
   *[moderator] einen Moderator
} sperren.
admin-restrict-only-admin-silence = Nur ein Admin kann { $role ->
    [member] ein Mitglied
   *[moderator] einen Moderator
} stummschalten.
admin-restrict-period = Wähle einen der angebotenen Zeiträume.
admin-restrict-reason-missing = Gib einen Grund an: Das Mitglied bekommt ihn angezeigt.
admin-restrict-reason-too-long = Der Grund darf höchstens { $max } Zeichen lang sein.
admin-restrict-reason-control = Der Grund darf keine Steuerzeichen enthalten.
admin-lift-unknown = { $value } lässt sich nicht aufheben; wähle suspend oder silence.
admin-not-suspended = Dieses Mitglied ist nicht gesperrt.
admin-not-silenced = Dieses Mitglied ist nicht stummgeschaltet.
