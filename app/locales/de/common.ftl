## Was in Formularen geprüft wird

# $what nennt das Feld, großgeschrieben: „Ein Titel“, „Deine Bio“.
common-too-long = { $what } darf höchstens { $max } Zeichen lang sein.
common-address-characters = { $what } darf keine Leerzeichen, Anführungszeichen oder spitzen Klammern enthalten.
common-address-scheme = { $what } muss mit https:// oder http:// beginnen; ein „{ $scheme }:“-Link ist nicht erlaubt.
common-address-credentials = { $what } darf keinen Benutzernamen und kein Passwort enthalten.
common-address-host = { $what } braucht eine Webadresse wie https://example.com.
common-date-format = Gib den Tag als JJJJ-MM-TT an.

## Wer jemand bei der Arbeit ist

# „Leiterin Support bei Acme“.
common-role-at = { $title } bei { $company }

## Hochgeladene CSV-Dateien

# $nothing beendet die Ablehnung einer ganzen Datei („Niemand wurde eingeladen.“).
common-upload-not-utf8 = Die Datei ist kein UTF-8-Text: Speichere sie als „CSV UTF-8“ und lade sie noch einmal hoch. { $nothing }
# $needs sagt, welche Spalten eine Datei braucht.
common-upload-no-rows = Die Datei hat keine Zeilen. { $needs }
# $error sind die Worte des CSV-Lesers.
common-upload-line-unreadable = Diese Zeile konnte nicht gelesen werden: { $error }.
# $what benennt die Zeilen („Zeilen“, „Bestellungen“).
common-upload-too-many-rows = Die Datei hat mehr als { $max } { $what }; teile sie auf und lade jeden Teil einzeln hoch. { $nothing }
# $tip beendet den Satz („, und schreib Beträge ohne …“) oder ist leer.
common-upload-too-many-cells = Diese Zeile hat { $cells } Zellen, die Kopfzeile nennt aber { $named }: Setz eine Zelle, die ein Komma enthält, in Anführungszeichen{ $tip }.
common-upload-no-data = Die Datei hat eine Kopfzeile, aber keine { $what }: Schreib sie darunter, eine pro Zeile.

## Downloads

common-export-failed = der Export konnte nicht erstellt werden
