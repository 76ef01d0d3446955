## Die Einstellungen der Community: Name, Aussehen, Startseite und Fußzeile (Prüfung des Admin-Formulars)

site-name-missing = Gib der Community einen Namen: Er erscheint auf jeder Seite.
site-name-control = Der Name der Community darf keine Steuerzeichen enthalten.
site-name-too-long = Der Name der Community darf höchstens { $max } Zeichen lang sein.
site-tagline-control = Der Slogan darf keine Steuerzeichen enthalten.
site-tagline-too-long = Der Slogan darf höchstens { $max } Zeichen lang sein.
site-headline-missing = Gib der Startseite eine Überschrift.
site-headline-control = Die Überschrift der Startseite darf keine Steuerzeichen enthalten.
site-headline-too-long = Die Überschrift der Startseite darf höchstens { $max } Zeichen lang sein.
site-intro-too-long = Die Einleitung darf höchstens { $max } Zeichen lang sein.

## Die Markenfarbe

site-colour-not-hex = Gib die Markenfarbe als Hex-Code an, z. B. #4338ca (sechs Ziffern nach dem #).
# $contrast ist ein Verhältnis wie 2.3; $darker ist ein Hex-Code, den die Seite vorschlägt.
site-colour-contrast = { $colour } hat einen Kontrast von { $contrast }:1 zum Seitenhintergrund; Links und Button-Beschriftungen brauchen mindestens 4.5:1 (WCAG AA). Ein dunklerer Ton wie { $darker } erfüllt das.

## Links in der Fußzeile (einer pro Zeile: Beschriftung | Adresse; $n ist die Nummer der Zeile)

site-footer-link-unsplit = Fußzeilenlink { $n } braucht eine Beschriftung und eine Adresse, getrennt durch „|“, z. B. Blog | https://example.com/blog.
site-footer-label-control = Die Beschriftung von Fußzeilenlink { $n } darf keine Steuerzeichen enthalten.
site-footer-label-too-long = Die Beschriftung von Fußzeilenlink { $n } darf höchstens { $max } Zeichen lang sein.
site-footer-label-missing = Fußzeilenlink { $n } braucht eine Beschriftung vor dem „|“.
site-footer-address-missing = Fußzeilenlink { $n } („{ $label }“) braucht eine Adresse nach dem „|“.
# Nennt den Link am Anfang der Meldungen zu seiner Webadresse: „Fußzeilenlink 2 („Blog“) muss mit https://… beginnen“.
site-footer-link-named = Fußzeilenlink { $n } („{ $label }“)
site-footer-address-too-long = Fußzeilenlink { $n } („{ $label }“) darf höchstens { $max } Zeichen lang sein.
site-footer-address-characters = Fußzeilenlink { $n } („{ $label }“) darf keine Leerzeichen, Anführungszeichen, Backslashes oder spitzen Klammern enthalten.
site-footer-too-many = Die Fußzeile fasst höchstens { $max } Links; es sind { $count }.

## Nutzungsbedingungen, Datenschutzhinweise, Richtlinien

site-legal-terms = Nutzungsbedingungen
site-legal-privacy = Datenschutzhinweise
site-legal-guidelines = Community-Richtlinien
site-legal-kind-unknown = Gib an, welches Dokument: terms, privacy oder guidelines.
site-legal-body-missing = Schreib den Text, der veröffentlicht werden soll.
site-legal-body-too-long = Der Text darf höchstens { $max } Zeichen lang sein; dieser hat { $count }.
site-legal-changes-too-long = Beschreib in höchstens { $max } Zeichen, was sich geändert hat.
site-accept-terms = Akzeptiere die Nutzungsbedingungen, um beizutreten.
site-terms-changed = Die Nutzungsbedingungen haben sich geändert, während du dich registriert hast (jetzt Version { $version }): Lies sie und setze das Häkchen noch einmal.
site-no-terms = Es wurden noch keine Nutzungsbedingungen veröffentlicht.
site-terms-newest = Version { $version } der Nutzungsbedingungen ist die neueste: Lies sie und akzeptiere diese.

## Wer beitreten darf

site-join-open = Offen: Alle können beitreten
site-join-invite = Nur mit Einladung: Man tritt über einen Einladungslink bei
site-join-approval = Mit Freigabe: Alle können eine Anfrage stellen, und ein Admin nimmt sie an oder lehnt sie ab
# $value ist, was das Formular geschickt hat, in Anführungszeichen; open, invite und approval sind die Werte des Formulars.
site-join-mode-unknown = { $value } ist keine Art beizutreten; wähle open, invite oder approval.
site-held-posts-invalid = { $value } ist keine Anzahl zurückzuhaltender Beiträge; gib eine ganze Zahl von 0 bis { $max } an.
site-question-control = Frage { $n } darf keine Steuerzeichen enthalten.
site-question-too-long = Frage { $n } darf höchstens { $max } Zeichen lang sein.
site-questions-too-many = Stell höchstens { $max } Fragen; es sind { $count }.
site-domain-invalid = „{ $domain }“ ist keine E-Mail-Domain; schreib Domains wie example.com, eine pro Zeile.
site-domains-too-many = Gib höchstens { $max } Domains an; es sind { $count }.

## Die Antworten einer Person, die beitreten möchte

site-answer-missing = Beantworte Frage { $n }: „{ $question }“
site-answer-too-long = Die Antwort auf Frage { $n } darf höchstens { $max } Zeichen lang sein.
site-answer-control = Die Antwort auf Frage { $n } darf keine Steuerzeichen enthalten.
