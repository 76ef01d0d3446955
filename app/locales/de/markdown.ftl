## Der Markdown-Editor

markdown-hint = Markdown funktioniert: **fett**, _kursiv_, `Code`, > Zitate, - Listen, Tabellen und [Links](https://example.com). Erwähne jemanden mit @handle. Hier hochgeladene Bilder werden angezeigt; Bilder von anderen Websites erscheinen als Links.
markdown-preview = Vorschau
markdown-rendering = Vorschau wird erstellt …
markdown-add-picture = Bild hinzufügen
# Von Screenreadern nach „Bild hinzufügen“ gelesen: die Beschriftung des Editors, etwa „Antwort“.
markdown-add-picture-to = zu „{ $field }“
markdown-drop-or-paste = oder in den Text ziehen oder einfügen
markdown-uploading = { $count ->
    [one] { $count } Bild wird hochgeladen …
   *[other] { $count } Bilder werden hochgeladen …
}
# Ohne JavaScript: ein Link, dann wie es geht.
markdown-add-a-picture = Ein Bild hinzufügen
markdown-add-a-picture-how = (öffnet einen neuen Tab: Lade es dort hoch und kopiere dann seine Zeile in deinen Text)
# Die Beschreibung, die für ein Bild in den Text kommt, dessen Dateiname keine Wörter enthält.
markdown-picture-alt = Bild
# Warum ein Upload gescheitert ist, nach dem Dateinamen: „team.jpg: die Datei ist größer als 15 MB“.
markdown-upload-unreachable = der Server war nicht erreichbar; prüfe deine Verbindung und versuch es noch einmal
markdown-upload-unreadable = die Antwort des Servers konnte nicht gelesen werden
markdown-upload-too-large = die Datei ist größer als { $megabytes } MB
markdown-upload-failed = der Upload ist gescheitert ({ $status })

## Was geprüft wird

markdown-body-missing = Schreib etwas, bevor du es veröffentlichst.
# Beginnt common-too-long: „Ein Beitrag darf höchstens 50000 Zeichen lang sein.“
markdown-body-what = Ein Beitrag
markdown-too-complex = Dieser Text ist zu verschachtelt, um ihn anzuzeigen. Verwende weniger verschachtelte Zitate und Listen.
