## Website-Einstellungen (/admin/settings): Name und Aussehen

settings-title = Website-Einstellungen
# Nach dem Speichern, je nachdem, was gespeichert wurde.
settings-saved = Einstellungen gespeichert: Alle Seiten zeigen sie jetzt.
settings-picture-removed = Bild entfernt.
settings-logo-saved = Logo gespeichert.
settings-favicon-saved = Favicon gespeichert.
settings-language-saved = Standardsprache gespeichert: Besucher, deren Browser keine unserer Sprachen anfragt, sehen jetzt diese.
# Vor Datum und Uhrzeit der Änderung: „Zuletzt geändert von Ada Okafor, 5. März 2026, 14:07 UTC“.
settings-last-changed = Zuletzt geändert von { $name },
settings-identity = Name und Aussehen
settings-name = Name der Community
settings-name-hint = Erscheint in der Kopfzeile, in Seitentiteln, geteilten Links, Feeds, der Einbettung und in E-Mails.
settings-tagline = Slogan
settings-tagline-hint = Eine Zeile unter dem Namen in der Fußzeile (optional).
settings-colour = Markenfarbe
settings-colour-hint = Ein Hex-Code wie #4338ca, für Links und Schaltflächen. Er braucht einen Kontrast von 4,5:1 zur Seite (WCAG AA); das dunkle Design verwendet einen helleren Ton davon, der so berechnet ist, dass er ebenfalls genügt.
# Name des Farbmusters für Screenreader; die Töne sind Hex-Codes.
settings-colour-shades = Heller Ton { $light }, dunkler Ton { $dark }
# $light und $dark sind Kontrastverhältnisse („4,5“), $dark_shade ist der Hex-Code des dunklen Designs.
settings-colour-contrast = Gespeicherte Farbe: { $light }:1 im hellen Design; { $dark_shade } ({ $dark }:1) im dunklen Design.
settings-headline = Überschrift der Startseite
settings-intro = Einleitung der Startseite
settings-intro-hint = Markdown: **fett**, *kursiv*, Links, Listen. Höchstens { $max } Zeichen.
settings-footer-links = Links in der Fußzeile
# Jede Zeile hat das Format „Bezeichnung | Adresse“; das | und die Beispieladressen bleiben.
settings-footer-links-hint = Einer pro Zeile, Bezeichnung | Adresse: Blog | https://example.com/blog, oder eine Seite hier wie Richtlinien | /forum/c/guidelines. Höchstens { $max }; nur Adressen mit https://, http:// und /.
settings-save-settings = Einstellungen speichern

## Website-Einstellungen: Standardsprache

settings-language = Sprache
settings-language-label = Sprache der Community
settings-language-hint = Für Besucher, deren Browser keine dieser Sprachen anfragt, und für E-Mails an Mitglieder, die keine gewählt haben. Mitglieder wählen ihre eigene in der Fußzeile.
# Nach einer Sprache, deren Übersetzung noch nicht fertig ist.
settings-language-partial = (unvollständig)
settings-save-language = Sprache speichern

## Website-Einstellungen: Logo und Favicon
# $which ist logo oder favicon.

settings-pictures = Logo und Favicon
settings-logo = Logo
settings-logo-hint = Erscheint in der Kopfzeile statt des Namens (der Name bleibt sein Alternativtext): JPEG, PNG, GIF oder WebP, eingepasst in 400 × 200 Pixel, Transparenz bleibt erhalten.
settings-favicon = Favicon
settings-favicon-hint = Das Symbol in Browser-Tabs und Lesezeichen: mittig quadratisch zugeschnitten und auf 64 Pixel Kantenlänge gebracht.
# Alternativtext des aktuellen Bildes.
settings-picture-current = { $which ->
    [logo] Das aktuelle Logo
   *[favicon] Das aktuelle Favicon
}
settings-picture-remove = { $which ->
    [logo] Logo entfernen
   *[favicon] Favicon entfernen
}
# Beschriftung des Dateifelds, wenn es schon ein Bild gibt.
settings-picture-replace = { $which ->
    [logo] Logo ersetzen
   *[favicon] Favicon ersetzen
}
# Beschriftung des Dateifelds, wenn es noch keins gibt.
settings-picture-choose = { $which ->
    [logo] Ein Logo hochladen
   *[favicon] Ein Favicon hochladen
}
settings-picture-upload = { $which ->
    [logo] Logo hochladen
   *[favicon] Favicon hochladen
}

## Nutzungsbedingungen, Datenschutz und Richtlinien (/admin/settings/legal)
# $kind ist terms, privacy oder guidelines.

settings-legal-title = Nutzungsbedingungen, Datenschutz und Richtlinien
settings-legal-back = Zurück zu den Website-Einstellungen
settings-legal-lead = Jede Veröffentlichung ist eine neue Version; frühere bleiben lesbar. Mitglieder akzeptieren die Nutzungsbedingungen beim Beitritt und werden bei ihrem nächsten Besuch gebeten, eine neue Version zu akzeptieren.
settings-legal-done = { $kind ->
    [privacy] Datenschutzhinweise veröffentlicht.
    [guidelines] Community-Richtlinien veröffentlicht.
   *[terms] Nutzungsbedingungen veröffentlicht.
}
settings-legal-nothing-yet = Noch nichts veröffentlicht.
# Beschriftung der Versionstabelle für Screenreader.
settings-legal-versions-of = { $kind ->
    [privacy] Versionen der Datenschutzhinweise
    [guidelines] Versionen der Community-Richtlinien
   *[terms] Versionen der Nutzungsbedingungen
}
settings-legal-version-column = Version
settings-legal-published-column = Veröffentlicht
settings-legal-by = Von
settings-legal-what-changed = Was sich geändert hat
settings-legal-accepted-by = Akzeptiert von
settings-legal-accepted = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
settings-legal-text = Text der Version { $version }
settings-legal-text-hint = Markdown: Überschriften (##), Listen, Links. Höchstens { $max } Zeichen.
settings-legal-changes = Was sich geändert hat (optional)
settings-legal-changes-hint = Wird mit der Version angezeigt, z. B. „Regeln zu Prämien ergänzt“.
settings-legal-publish = Version { $version } veröffentlichen

## Wer beitreten darf (/admin/registration)

settings-join-title = Wer beitreten darf
settings-join-applications = Beitrittsanfragen
settings-join-saved = Gespeichert: Die Registrierungsseite richtet sich jetzt danach.
settings-join-how = Wie man beitritt
# „Einladungen (unter <Link>Einladungen</Link>) funktionieren in jedem Modus.“: Text vor dem Link, der Link, der Rest.
settings-join-invitations-before = Einladungen (unter
settings-join-invitations-link = Einladungen
settings-join-invitations-after = ) funktionieren in jedem Modus.
settings-join-questions = Fragen an Bewerber
settings-join-questions-hint = Eine pro Zeile, höchstens { $questions }, jeweils bis zu { $characters } Zeichen. Werden nur gestellt, wenn der Beitritt eine Freigabe braucht; jede Frage muss beantwortet werden.
settings-join-domains = E-Mail-Domains mit direktem Beitritt
settings-join-domains-hint = Eine pro Zeile, etwa example.com (höchstens { $max }). Adressen genau dieser Domains treten ohne Einladung oder Freigabe bei, sobald sie ihre Adresse bestätigt haben; Subdomains zählen nicht dazu.
settings-join-held = Erste Beiträge neuer Mitglieder zur Freigabe zurückhalten
settings-join-held-hint = 0 bis { $max }. Die ersten Beiträge eines Mitglieds (Themen und Antworten) warten in der Freigabe-Warteschlange der Moderatoren; bis einer freigegeben ist, sehen sie nur das Mitglied und das Team. 0 hält keine zurück. Beiträge von Moderatoren und Admins werden nie zurückgehalten.
settings-save = Speichern

## Die öffentlichen Nutzungsbedingungen, Datenschutzhinweise und Richtlinien (/terms, /privacy, /guidelines)

settings-legal-none = Hier wurde noch nichts veröffentlicht.
# Vor dem Datum: „Version 3, veröffentlicht am 5. März 2026, 14:07 UTC“.
settings-legal-published = Version { $version }, veröffentlicht am
settings-legal-earlier = Dies ist eine frühere Version.
settings-legal-current = Aktuelle Version lesen ({ $version })
settings-legal-versions = Versionen
settings-legal-version = Version { $version }

## Hinweis, der ein Mitglied bittet, neue Nutzungsbedingungen zu akzeptieren
# „Bitte lies <Link>Version 3 der Nutzungsbedingungen</Link> und akzeptiere sie. …“: vor dem Link, der Link, danach.

settings-terms-changed = Unsere Nutzungsbedingungen haben sich geändert
settings-terms-accept-title = Bitte akzeptiere unsere Nutzungsbedingungen
settings-terms-read = Bitte lies
settings-terms-version = Version { $version } der Nutzungsbedingungen
settings-terms-ask = und akzeptiere sie. Wir fragen auf jeder Seite, bis du es tust.
settings-terms-accept = Ich akzeptiere die Nutzungsbedingungen

## Ablehnungen

settings-language-unknown = Wähle eine der aufgeführten Sprachen.
settings-picture-unknown = Gib an, welches Bild: logo oder favicon.
settings-publish-unchanged = Das ist bereits der Text von Version { $version }: Ändere ihn vor dem Veröffentlichen.
