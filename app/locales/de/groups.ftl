## Gruppen: die Liste der Gruppen

groups-title = Gruppen
groups-lede = Gruppen bringen Mitglieder zusammen, und manche haben eigene Bereiche im Forum, die nur ihre Mitglieder sehen.
groups-deleted = Gruppe gelöscht.
groups-empty = Noch gibt es keine Gruppen.
groups-member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
groups-hidden-note = Verborgen: Nur ihre Mitglieder sehen sie
groups-you-are-member = Du bist Mitglied
groups-you-asked = Du hast um Aufnahme gebeten
groups-join = Beitreten
groups-ask-to-join = Um Aufnahme bitten
# Für Screenreader: die Worte des Buttons und der Name der Gruppe.
groups-join-named = Beitreten: { $group }
groups-ask-to-join-named = Um Aufnahme bitten: { $group }
groups-new = Neue Gruppe
groups-make = Gruppe anlegen

## Wie Mitglieder hineinkommen (Einstellung einer Gruppe)

groups-joining-open = Alle können beitreten
groups-joining-request = Mitglieder fragen an, ein Admin entscheidet
groups-joining-admins = Admins fügen Mitglieder hinzu

## Die Seite einer Gruppe

groups-saved = Gespeichert.
# Seitentitel, wenn die Gruppe nicht angezeigt werden kann.
groups-group = Gruppe
groups-all = Alle Gruppen
groups-you-asked-pending = Du hast um Aufnahme gebeten; ein Admin entscheidet darüber
groups-leave = Gruppe verlassen
groups-withdraw = Anfrage zurückziehen
groups-join-the-group = Gruppe beitreten
groups-spaces = Private Bereiche
groups-members = Mitglieder
groups-members-empty = In dieser Gruppe ist noch niemand.
groups-col-member = Mitglied
groups-col-how = Wie
groups-col-since = Seit
groups-remove = Entfernen
groups-remove-named = { $name } entfernen

## Wie ein Mitglied in die Gruppe kam (Spalte „Wie“)

groups-how-admin = Von einem Admin hinzugefügt
groups-how-joined = Beigetreten
groups-how-request = Anfrage angenommen
groups-how-invitation = Einladung
groups-how-domain = E-Mail-Domain
groups-how-level = Stufe erreicht

## Die Seite einer Gruppe, für Admins

groups-requests = Aufnahmeanfragen
groups-approve = Annehmen
groups-decline = Ablehnen
groups-approve-named = { $name } annehmen
groups-decline-named = { $name } ablehnen
groups-add = Mitglieder hinzufügen
groups-add-hint = Ein Mitglied pro Zeile, per E-Mail-Adresse oder Handle; eine eingefügte CSV geht auch (verwendet wird die erste Spalte, die jemanden nennt). Bis zu { $max } auf einmal. Um Personen aufzunehmen, die noch keine Mitglieder sind, schick ihnen unter „Einladungen“ eine Einladung in diese Gruppe.
groups-field-people = Personen
groups-add-them = Hinzufügen
groups-add-report = { $added } hinzugefügt, { $already } bereits dabei.
groups-add-unknown = { $count } nicht gefunden (kein Mitglied hat diese Adresse oder dieses Handle): { $entries }
groups-rules = Automatische Mitglieder
groups-rules-hint = Mitglieder, deren bestätigte Adresse zu einer dieser Domains gehört oder die die Stufe erreichen, kommen in die Gruppe (sofort und danach innerhalb einer Minute); sie verlassen sie, sobald die Regel nicht mehr zutrifft.
groups-field-domains = E-Mail-Domains
groups-field-domains-hint = Eine pro Zeile, z. B. example.com
groups-field-level = Stufe
groups-no-level = Keine Stufenregel
groups-level-option = { $level } (ab { $points } Punkten)
groups-save-rules = Regeln speichern
groups-settings = Einstellungen
groups-save = Gruppe speichern
groups-delete = Gruppe löschen

## Das Formular einer Gruppe

groups-field-name = Name
groups-field-slug = Adresse
groups-field-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche: /groups/advisory-board
groups-field-description = Beschreibung
groups-visibility-legend = Wer die Gruppe sieht
groups-visibility-visible = Alle Mitglieder (hier aufgeführt)
groups-visibility-hidden = Nur ihre Mitglieder und die Admins
groups-joining-legend = Wie Mitglieder hineinkommen

## „Wer es sieht“ in den Formularen für Kategorien, Prämien, Challenges und Umfragen

groups-only-group = Nur die Gruppe { $group }

## Prüfung des Gruppenformulars

groups-slug-missing = Gib der Gruppe eine kurze Adresse, z. B. „advisory-board“.
groups-slug-too-long = Eine Adresse darf höchstens { $max } Zeichen lang sein.
groups-slug-malformed = Verwende nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. „advisory-board“.
groups-name-missing = Gib der Gruppe einen Namen.
groups-name-too-long = Ein Name darf höchstens { $max } Zeichen lang sein.
groups-description-too-long = Eine Beschreibung darf höchstens { $max } Zeichen lang sein.
groups-control-characters = Entferne die Steuerzeichen.
# $value ist, was das Formular geschickt hat, in Anführungszeichen; visible und hidden sind die Werte des Formulars.
groups-visibility-unknown = { $value } steht nicht zur Auswahl; wähle visible oder hidden.
groups-joining-unknown = { $value } steht nicht zur Auswahl; wähle open, request oder admins.
groups-hidden-needs-admins = Einer verborgenen Gruppe kann niemand beitreten, der sie nicht sieht: Wähle „Admins fügen Mitglieder hinzu“.
groups-level-unknown = { $value } ist keine der Stufen; wähle eine aus der Liste.
groups-people-missing = Nenne mindestens ein Mitglied: eine E-Mail-Adresse oder ein Handle pro Zeile.
groups-people-too-many = Füge höchstens { $max } Personen auf einmal hinzu; es sind { $count }.

## Ablehnungen

groups-no-such-group = Es gibt keine Gruppe { $value }; wähle eine aus der Liste.
groups-slug-taken = Eine andere Gruppe hat diese Adresse schon; wähle eine andere.
groups-level-gone = Diese Stufe gibt es nicht mehr; wähle eine aus der Liste.
groups-delete-has-spaces = { $count ->
    [one] { $count } Kategorie ist auf „{ $group }“ beschränkt: Gib ihr ein anderes Publikum oder archiviere sie zuerst.
   *[other] { $count } Kategorien sind auf „{ $group }“ beschränkt: Gib ihnen ein anderes Publikum oder archiviere sie zuerst.
}
# $rule ist level oder domain: die Regel, die das Mitglied in die Gruppe gebracht hat.
groups-remove-automatic = Dieses Mitglied ist durch die { $rule ->
    [level] Stufenregel
   *[domain] E-Mail-Domain-Regel
} in „{ $group }“: Ändere die Regel, um es zu entfernen.
groups-leave-automatic = Du bist durch die { $rule ->
    [level] Stufenregel
   *[domain] E-Mail-Domain-Regel
} in „{ $group }“ und bleibst deshalb drin.
groups-already-in = Du bist schon in „{ $group }“.
groups-admins-only = Nur Admins fügen Mitglieder zu „{ $group }“ hinzu.
groups-not-in = Du bist nicht in „{ $group }“.
