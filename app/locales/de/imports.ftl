## Importe: die Importseite der Admins

imports-title = Import
imports-intro = Übernimm ein Programm aus Tabellen (CSV, die erste Zeile nennt die Spalten). Importiere zuerst die Mitglieder: Guthaben und Erfahrungsberichte finden ihr Mitglied über die E-Mail-Adresse. Die Vorschau prüft jede Zeile und ändert nichts; bereits importierte Zeilen werden übersprungen, sodass du einen unterbrochenen Import abschließt, indem du die Datei noch einmal sendest.

## Die vier Arten von Import (Reiter und Überschriften)

imports-kind-members = Mitglieder
imports-kind-balances = Anfangsguthaben an Punkten
imports-kind-testimonials = Erfahrungsberichte
imports-kind-codes = Prämiencodes

## Die Spalten jeder Art

imports-columns = Spalten
imports-col-column = Spalte
imports-col-needed = Pflicht
imports-col-holds = Inhalt
imports-yes = ja
imports-no = nein
# „Member“ ist der Name, den ein Mitglied ohne Namen bekommt (so wird er gespeichert).
imports-col-members-email = die Adresse des Mitglieds, mit der es sich anmeldet
imports-col-members-name = wird neben seinen Beiträgen angezeigt; „Member“, wenn leer (die Adresse wird nie angezeigt)
imports-col-members-groups = Adressen oder Namen von Gruppen, getrennt durch ;
imports-col-balances-email = die Adresse eines Mitglieds (importiere zuerst die Mitglieder)
imports-col-balances-points = eine ganze Zahl über null
# „Opening balance“ ist der Grund, den ein Guthaben ohne Grund bekommt (so wird er gespeichert).
imports-col-balances-reason = was das Mitglied in seinem Punkteverlauf liest; „Opening balance“, wenn leer
imports-col-balances-key = eindeutig pro Zeile, damit ein erneuter Lauf nichts doppelt hinzufügt; die Adresse, wenn leer (ein Anfangsguthaben pro Mitglied)
imports-col-testimonials-email = die Adresse der Autorin oder des Autors: ein Mitglied (importiere zuerst die Mitglieder)
imports-col-testimonials-title = bis zu 120 Zeichen
imports-col-testimonials-body = die Geschichte, in Markdown
imports-col-testimonials-product = das Produkt oder der Bereich, um den es geht
imports-col-testimonials-rating = 1 bis 5
# named, anonymous und internal sind die Werte, die in der Spalte stehen.
imports-col-testimonials-consent = wozu die Person zugestimmt hat: named, anonymous oder internal (wird nie veröffentlicht)
imports-col-testimonials-quote = eine kurze Zeile für die Pinnwand
imports-col-testimonials-company = das Unternehmen der Person
imports-col-testimonials-job-title = die Funktion der Person
# yes ist der Wert, der in der Spalte steht.
imports-col-testimonials-featured = yes, um ihn auf der Pinnwand hervorzuheben (nicht bei internen)
imports-col-testimonials-key = eindeutig pro Zeile, damit ein erneuter Lauf nichts doppelt hinzufügt; aus Person, Titel und Text gebildet, wenn leer
imports-col-codes-reward = Titel oder Nummer einer Rabattcode-Prämie
imports-col-codes-code = ein Code; Codes, die schon im Vorrat der Prämie sind, werden übersprungen

## Hinweise unter den Spalten

imports-hint-no-groups = Noch gibt es keine Gruppen: Zeilen, die eine Gruppe nennen, werden abgelehnt, bis es sie gibt.
imports-hint-groups = Gruppen: { $groups }.
imports-hint-no-code-rewards = Noch gibt es keine Rabattcode-Prämie: Leg zuerst unter „Prämien“ eine an.
imports-hint-code-rewards = Rabattcode-Prämien: { $rewards }.
imports-hint-balances = Jedes Guthaben wird eine Zeile im Punkteverlauf des Mitglieds, mit seinem Grund; es zählt für Stufen wie verdiente Punkte.
imports-hint-testimonials = Jeder Erfahrungsbericht wird zur Geschichte seiner Autorin oder seines Autors, freigegeben (und hervorgehoben, wenn die Zeile es vorsieht) wie dort, wo er herkommt; die Zustimmung entscheidet, wo er erscheint. Es werden keine Punkte vergeben.

## Das Upload-Formular

imports-format = Bis zu { $max } Zeilen auf einmal; Spalten in beliebiger Reihenfolge. Eine Zelle mit einem Komma steht in Anführungszeichen.
imports-paste = Zeilen einfügen
# Beispielwerte im Platzhalter des Eingabefelds, nach den Spaltennamen; ohne Kommas.
imports-example-balance-reason = Guthaben aus unserem alten Programm
imports-example-testimonial-title = Launch in einer Woche
imports-example-testimonial-body = Wir haben unsere Launches verlegt …
imports-example-testimonial-product = Boards
imports-example-code-reward = 10 % auf deine nächste Bestellung
imports-file = Oder wähle eine CSV-Datei
imports-welcome = Jedem neuen Mitglied per E-Mail mitteilen, dass sein Konto bereit ist, mit einem Link zum Festlegen eines Passworts
imports-preview = Vorschau
imports-import-members = Mitglieder importieren
imports-import-balances = Guthaben importieren
imports-import-testimonials = Erfahrungsberichte importieren
imports-import-codes = Codes importieren

## Der Bericht eines Laufs

imports-refused-whole = Die Datei wurde abgelehnt: Es wurde nichts importiert
# $kind ist members, balances, testimonials oder codes.
imports-preview-heading = Vorschau – { $kind ->
    [balances] Anfangsguthaben an Punkten
    [testimonials] Erfahrungsberichte
    [codes] Prämiencodes
   *[members] Mitglieder
}: Es wurde nichts importiert
# $title ist der Titel der Art, z. B. „Mitglieder“.
imports-stopped-heading = { $title }: Der Import wurde unterbrochen
imports-done-heading = { $title } importiert
# Ein Satz mit Zahlen; $preview ist yes bei einer Vorschau.
imports-summary = Zeilen gelesen: { $read }. { $kind ->
    [balances] Guthaben
    [testimonials] Erfahrungsberichte
    [codes] Codes
   *[members] Mitglieder
} { $preview ->
    [yes] würden importiert
   *[no] importiert
}: { $imported }; { $kind ->
    [balances] schon früher importiert
    [testimonials] schon früher importiert
    [codes] schon im Vorrat
   *[members] hatten schon ein Konto (in die Gruppen ihrer Zeile aufgenommen)
}: { $already }; abgelehnt: { $refused }.
imports-would-email = Willkommens-E-Mails, die gesendet würden: { $count }.
imports-emailed = Gesendete Willkommens-E-Mails: { $count }.
imports-first-rows-preview = Die ersten Zeilen, die importiert würden
imports-first-rows = Die ersten importierten Zeilen
imports-line = Zeile
imports-head-email = E-Mail
imports-head-name = Name
imports-head-groups = Gruppen
imports-head-points = Punkte
imports-head-reason = Grund
imports-head-key = Schlüssel
imports-head-author = Person
imports-head-title = Titel
imports-head-rating = Bewertung
imports-head-consent = Zustimmung
imports-head-featured = Hervorgehoben
imports-head-reward = Prämie
imports-head-code = Code

## Ablehnung einer Datei oder einer Zeile

imports-nothing-imported = Es wurde nichts importiert.
imports-column-missing = Die erste Zeile muss die Spalten nennen; „{ $column }“ fehlt. { $needs }
# $kind ist members, balances, testimonials oder codes; $columns und $optional nennen die Spaltennamen.
imports-needs = Eine Datei mit { $kind ->
    [balances] Anfangsguthaben
    [testimonials] Erfahrungsberichten
    [codes] Prämiencodes
   *[members] Mitgliedern
} nennt { $columns }. Es wurde nichts importiert.
imports-needs-optional = Eine Datei mit { $kind ->
    [balances] Anfangsguthaben
    [testimonials] Erfahrungsberichten
    [codes] Prämiencodes
   *[members] Mitgliedern
} nennt { $columns } (danach können { $optional } folgen). Es wurde nichts importiert.
imports-too-many-groups = Eine Zeile kann ein Mitglied in höchstens { $max } Gruppen aufnehmen.
imports-balance-zero = Ein Anfangsguthaben kann nicht null Punkte betragen.
imports-points-invalid = Punkte müssen eine ganze Zahl über null sein, z. B. 1200, nicht „{ $value }“.
imports-balance-negative = Ein Anfangsguthaben ist eine Punktzahl über null.
imports-consent-invalid = Die Zustimmung muss named, anonymous oder internal sein.
imports-internal-featured = Ein interner Erfahrungsbericht kann nicht hervorgehoben werden: Die Person hat einer Veröffentlichung nicht zugestimmt.
imports-reward-missing = Nenne die Prämie, zu der der Code gehört (ihren Titel oder ihre Nummer).
imports-code-empty = Der Code ist leer.
imports-code-too-long = Ein Code darf höchstens { $max } Zeichen lang sein.
imports-repeat-address = Die Adresse { $address } steht schon in Zeile { $line }.
imports-repeat-key = Der Schlüssel { $key } steht schon in Zeile { $line } (ein Anfangsguthaben pro Schlüssel).
imports-repeat-testimonial = Dieser Erfahrungsbericht steht schon in Zeile { $line }.
imports-repeat-code = Der Code { $code } steht schon in Zeile { $line }.
imports-key-too-long = Ein Schlüssel darf höchstens { $max } Zeichen lang sein.
imports-key-control = Ein Schlüssel darf keine Steuerzeichen enthalten.
imports-featured-invalid = „featured“ muss yes oder no sein, nicht „{ $value }“.
imports-no-such-group = Es gibt keine Gruppe „{ $group }“: Leg sie zuerst unter „Gruppen“ an oder korrigiere den Namen.
imports-account-removed = Die Adresse { $address } gehört zu einem entfernten Konto.
imports-account-unconfirmed = Das Konto mit der Adresse { $address } hat sie nicht bestätigt: Bestätige sie zuerst auf der Seite des Mitglieds (oder entferne das Konto).
imports-no-member = Kein Mitglied hat die Adresse { $address }: Importiere zuerst die Mitglieder.
imports-key-used = Der Schlüssel { $key } wurde schon für ein anderes Mitglied oder einen anderen Betrag verwendet: Gib dieser Zeile einen eigenen Schlüssel.
imports-no-such-reward = Es gibt keine Prämie „{ $reward }“.
imports-not-code-reward = „{ $reward }“ ist keine Rabattcode-Prämie und hat daher keinen Vorrat an Codes.
imports-stopped-here = Der Import hat hier angehalten: Die Datenbank hat diesen Teil abgelehnt (das Server-Log sagt, warum). Die Zeilen davor wurden importiert; sende die Datei noch einmal, um fertig zu werden.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

imports-what-tabs = Was importiert wird
imports-refused-row = Zeile
