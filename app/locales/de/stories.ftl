## Kundengeschichten: die Übersicht (/stories)

stories-wall-title = Kundengeschichten
stories-wall-description = Geschichten unserer Kundinnen und Kunden: wie sie das Produkt nutzen, in ihren eigenen Worten.
stories-share-yours = Erzähl deine Geschichte
stories-filter = Geschichten filtern
stories-product = Produkt
stories-all-products = Alle Produkte
stories-rating = Bewertung
stories-any-rating = Jede Bewertung
# Die Auswahl im Bewertungsfilter und die Sterne im Formular.
stories-stars = { $count ->
    [one] { $count } Stern
   *[other] { $count } Sterne
}
# Bewertungsfilter: ab 2, 3 oder 4 Sternen.
stories-stars-and-up = Ab { $count } Sternen
stories-filter-button = Filtern
stories-count = { $count ->
    [one] { $count } Geschichte
   *[other] { $count } Geschichten
}
# Überschrift der Liste, nur für Screenreader.
stories-wall-list = Geschichten
# Danach folgt der Link „Mach den Anfang mit deiner Geschichte“.
stories-wall-none = Bisher wurde noch keine Geschichte veröffentlicht.
stories-wall-none-filtered = Zu diesen Filtern passt noch keine Geschichte.
stories-wall-be-first = Mach den Anfang mit deiner Geschichte

## Die Karte einer Geschichte und die hervorgehobenen Geschichten auf der Startseite

stories-featured = Hervorgehoben
stories-rated = Mit { $rating } von 5 Sternen bewertet
stories-anonymous = Anonym
# Alternativtext eines Firmenlogos.
stories-logo-of = Logo von { $company }
stories-company-logo = Firmenlogo
stories-featured-title = Hervorgehobene Kundengeschichten
stories-read-all = Alle Kundengeschichten lesen →

## Die Seite einer Geschichte

stories-back-to-all = ← Alle Geschichten
stories-featured-story = Hervorgehobene Geschichte
# Vor dem Namen: „… · von Ada Okafor, Head of Support, Acme · 5. März 2026“.
stories-by = von
stories-photo-alt = Foto zu „{ $title }“
# Der Text von Links zum Teilen.
stories-share-title = { $title } – eine Geschichte von { $author }

## Eine Geschichte schreiben (/stories/new) und einen Entwurf ändern

stories-new-lead = Erzähl anderen Kundinnen und Kunden, wie du das Produkt nutzt: das Problem, was du getan hast, was sich verändert hat. Die Moderation liest jede Geschichte, bevor sie veröffentlicht wird, und du entscheidest, ob dein Name dabeisteht.
stories-new-pictures-hint = Ein Foto und das Logo deiner Firma kannst du hinzufügen, sobald der Entwurf gespeichert ist: Wähle „Entwurf speichern“ und bearbeite ihn dann unter deinen Geschichten.
stories-edit-title = Deine Geschichte bearbeiten
stories-edit-request = Die Bitte der Moderation
# Danach folgt die Nachricht der Moderation.
stories-edit-request-intro = Die Moderation bittet um Änderungen:
stories-picture-saved = Das Bild ist mit deinem Entwurf gespeichert.
stories-field-title = Titel
stories-field-title-hint = Was passiert ist, in wenigen Worten: „Wie wir das Onboarding von einer Woche auf einen Tag verkürzt haben“.
stories-field-product = Produkt oder Bereich
stories-field-product-hint = Um welches Produkt, welche Funktion oder welchen Teil des Angebots es in der Geschichte geht.
stories-field-rating = Deine Bewertung
stories-field-quote = Ein einzeiliges Zitat zum Hervorheben (optional)
stories-field-quote-hint = Erscheint in der Übersicht und in Einbettungen; ohne Zitat erscheint der Anfang deiner Geschichte.
stories-field-company = Firma (optional)
stories-field-role = Deine Position (optional)
stories-field-consent = Dürfen wir deine Geschichte veröffentlichen?
stories-consent-named = Mit meinem Namen veröffentlichen
stories-consent-named-hint = Dein Name, deine Firma und deine Position erscheinen mit der Geschichte.
stories-consent-anonymous = Anonym veröffentlichen
stories-consent-anonymous-hint = Veröffentlicht ohne deinen Namen, deine Firma, deine Position und ohne Link zu deinem Profil.
stories-consent-internal = Nicht öffentlich machen (nur zur internen Verwendung)
stories-consent-internal-hint = Nur das Community-Team liest sie.
stories-field-consent-hint = Du kannst deine Einwilligung jederzeit widerrufen oder die Geschichte löschen.
stories-save-draft = Entwurf speichern
stories-submit = Zur Prüfung einreichen

## Foto und Logo eines Entwurfs ($which ist photo oder logo)

stories-pictures-title = Foto und Logo (optional)
stories-pictures-hint = Erscheinen in der Übersicht, auf der Seite der Geschichte (auch wenn sie geteilt wird) und in Einbettungen – nur wenn du die Geschichte mit deinem Namen veröffentlichst.
stories-picture-heading = { $which ->
    [photo] Foto
   *[logo] Firmenlogo
}
stories-picture-alt = { $which ->
    [photo] Das Foto zur Geschichte
   *[logo] Das Firmenlogo zur Geschichte
}
stories-picture-remove = { $which ->
    [photo] Foto entfernen
   *[logo] Firmenlogo entfernen
}
# Beschriftung des Dateifelds, wenn die Geschichte das Bild schon hat.
stories-picture-replace = { $which ->
    [photo] Foto ersetzen
   *[logo] Firmenlogo ersetzen
}
# Beschriftung des Dateifelds, wenn es noch keins gibt.
stories-picture-choose = { $which ->
    [photo] Ein Foto hochladen
   *[logo] Ein Firmenlogo hochladen
}
stories-picture-help = { $which ->
    [photo] Ein Foto von dir oder deinem Team: JPEG, PNG, GIF oder WebP; wird bis zu 1600 Pixel breit angezeigt.
   *[logo] Das Logo deiner Firma: wird in höchstens 400 × 200 Pixeln angezeigt, Transparenz bleibt erhalten.
}
# Die Schaltfläche zum Hochladen.
stories-picture-upload = { $which ->
    [photo] Foto hochladen
   *[logo] Firmenlogo hochladen
}

## Deine Geschichten (/stories/mine)

stories-mine-title = Deine Geschichten
stories-share-a-story = Geschichte erzählen
# Danach folgt der Link „Erzähl, wie du das Produkt nutzt“.
stories-mine-empty = Du hast noch keine Geschichte geschrieben.
stories-mine-share-how = Erzähl, wie du das Produkt nutzt
stories-moderator-note = Moderation: { $note }
stories-edit = Bearbeiten
# Nach Status und Einwilligung: „Freigegeben · Mit meinem Namen veröffentlichen · Öffentlich“.
stories-public = Öffentlich
stories-history = Verlauf
# Eine Zeile im Verlauf: „Freigegeben von Sam Lee“.
stories-event = { $action } von { $name }
stories-event-message = { $action } von { $name }: „{ $message }“
stories-withdraw = Einwilligung widerrufen
stories-withdraw-warning = Die Geschichte verschwindet sofort von allen öffentlichen Seiten, aus Einbettungen und Feeds, und die Punkte, die sie dir eingebracht hat, werden zurückgebucht. Die Moderation behält sie zur internen Verwendung.
stories-withdraw-confirm = Ja, Einwilligung widerrufen
stories-delete = Löschen
stories-delete-warning = Die Geschichte wird endgültig gelöscht, und die Punkte, die sie dir eingebracht hat, werden zurückgebucht.
stories-delete-confirm = Ja, löschen

## Wo eine Geschichte steht und was mit ihr geschehen ist

stories-status-draft = Entwurf
stories-status-submitted = In Prüfung
stories-status-approved = Freigegeben
stories-status-rejected = Abgelehnt
stories-status-archived = Archiviert
stories-status-deleted = Gelöscht
stories-done-submit = Zur Prüfung eingereicht
stories-done-approve = Freigegeben
stories-done-request-changes = Änderungen angefordert
stories-done-reject = Abgelehnt
stories-done-feature = Hervorgehoben
stories-done-unfeature = Nicht mehr hervorgehoben
stories-done-archive = Archiviert
stories-done-withdraw-consent = Einwilligung widerrufen
stories-done-delete = Gelöscht

## Geschichten prüfen (/mod/stories, Moderation)

stories-review-title = Geschichten prüfen
# Die Reiter der Warteschlange.
stories-tab-submitted = Warten auf Prüfung
stories-tab-approved = Freigegeben
stories-tab-featured = Hervorgehoben
stories-tab-rejected = Abgelehnt
stories-tab-archived = Archiviert
stories-last-message = Letzte Nachricht: { $message }
# Vor Datum und Uhrzeit der Einreichung.
stories-submitted-at = eingereicht am
stories-message-label = Nachricht an die Autorin oder den Autor (Pflicht, um Änderungen anzufordern oder abzulehnen)
stories-approve = Freigeben
stories-request-changes = Änderungen anfordern
stories-reject = Ablehnen
stories-feature = Hervorheben
stories-unfeature = Nicht mehr hervorheben
stories-archive = Archivieren
stories-about-author = Über { $name }
stories-author-level = Stufe
stories-author-points = Punkte insgesamt
stories-author-since = Mitglied seit
stories-author-posts = Beiträge
stories-author-approved = Freigegebene Geschichten

## Kundenstimmen einbetten (/admin/embed, Admins)

stories-embed-title = Kundenstimmen einbetten
stories-embed-options = Optionen für die Einbettung
stories-embed-theme = Farbschema
stories-embed-light = Hell
stories-embed-dark = Dunkel
stories-embed-language = Sprache
stories-embed-language-visitor = Die der jeweiligen Besucher
stories-embed-limit = Anzahl (1–20)
stories-embed-update = Code aktualisieren
stories-embed-widget = Widget (iframe)
stories-embed-widget-text = Füge diesen Code dort ein, wo die Kundenstimmen erscheinen sollen. Eine Geschichte verschwindet daraus, sobald ihre Autorin oder ihr Autor die Einwilligung widerruft.
stories-embed-iframe-snippet = iframe-Code
stories-embed-preview = Vorschau
stories-embed-preview-title = Vorschau des Kundenstimmen-Widgets
stories-embed-json-text = Dieselben Kundenstimmen als Daten, für dein eigenes Design:
stories-embed-json-snippet = JSON-Code

## Das eingebettete Widget selbst (/embed/testimonials, in fremden Seiten)

stories-embed-page-title = Kundenstimmen · { $community }
stories-embed-list = Kundenstimmen
stories-embed-empty = Noch keine Kundenstimmen.
stories-embed-quoted = „{ $quote }“
stories-embed-source = Geschichten aus der Community { $community }

## Die Felder einer Geschichte prüfen

stories-title-missing = Gib deiner Geschichte einen Titel.
# Der Anfang von „… darf höchstens 120 Zeichen lang sein.“ (und Ähnlichem) für jedes Feld.
stories-what-title = Ein Titel
stories-product-missing = Gib an, um welches Produkt oder welchen Bereich es in der Geschichte geht.
stories-what-product = Ein Produkt
stories-what-quote = Ein Zitat
stories-what-company = Ein Firmenname
stories-what-role = Eine Position
stories-body-missing = Erzähl deine Geschichte: Der Text fehlt.
stories-body-too-long = Eine Geschichte darf höchstens { $max } Zeichen lang sein.
stories-rating-missing = Wähle eine Bewertung von 1 bis 5 Sternen.
stories-consent-missing = Wähle, ob und wie deine Geschichte veröffentlicht werden darf.
stories-what-message = Eine Nachricht
stories-message-reject = Schreib, warum die Geschichte abgelehnt wird; die Autorin oder der Autor liest es.
stories-message-changes = Schreib, was sich ändern soll; die Autorin oder der Autor liest es.

## Schritte, die der Stand einer Geschichte nicht erlaubt ($status und $action nennen Stand und Schritt)

stories-refused-deleted = Diese Geschichte wurde von ihrer Autorin oder ihrem Autor gelöscht.
stories-refused-submit = Nur ein Entwurf kann zur Prüfung eingereicht werden; diese Geschichte ist { $status ->
        [draft] ein Entwurf
        [submitted] bereits in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.
stories-refused-review = Nur eine Geschichte, die auf Prüfung wartet, kann { $action ->
        [approve] freigegeben
        [request_changes] zur Überarbeitung zurückgeschickt
       *[reject] abgelehnt
    } werden; diese ist { $status ->
        [draft] ein Entwurf
        [submitted] in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.
stories-refused-feature = Nur eine freigegebene Geschichte kann hervorgehoben werden; diese ist { $status ->
        [draft] ein Entwurf
        [submitted] in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.
stories-refused-feature-private = Die Autorin oder der Autor hat der Veröffentlichung nicht zugestimmt, daher kann die Geschichte nicht hervorgehoben werden.
stories-refused-already-featured = Diese Geschichte ist bereits hervorgehoben.
stories-refused-not-featured = Diese Geschichte ist nicht hervorgehoben.
stories-refused-archive = Nur eine freigegebene oder abgelehnte Geschichte kann archiviert werden; diese ist { $status ->
        [draft] ein Entwurf
        [submitted] in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.
stories-refused-no-consent = Diese Geschichte ist bereits nur zur internen Verwendung bestimmt; es gibt keine Einwilligung, die du widerrufen könntest.
stories-only-drafts-change = Nur ein Entwurf kann geändert werden; diese Geschichte ist { $status ->
        [draft] ein Entwurf
        [submitted] in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.
stories-only-drafts-pictures = Nur bei einem Entwurf lassen sich die Bilder ändern; diese Geschichte ist { $status ->
        [draft] ein Entwurf
        [submitted] in Prüfung
        [approved] freigegeben
        [rejected] abgelehnt
        [archived] archiviert
       *[deleted] gelöscht
    }.

## Antworten des Servers

# Das Subjekt von „… wurde nicht gefunden.“
stories-that-story = Diese Geschichte
stories-that-draft = Dieser Entwurf
# Das Subjekt von „… ist nicht mehr verfügbar.“
stories-this-story = Diese Geschichte
stories-author-action-missing = Wähle Einreichen, Einwilligung widerrufen oder Löschen.
stories-moderator-action-missing = Wähle Freigeben, Änderungen anfordern, Ablehnen, Hervorheben, Nicht mehr hervorheben oder Archivieren.
stories-picture-missing = Wähle das Foto oder das Logo.
stories-own-story = Du kannst deine eigene Geschichte nicht prüfen; das übernimmt jemand anderes aus der Moderation.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

stories-review-status = Status der Geschichten
stories-review-empty = Keine Geschichten warten auf Prüfung.
stories-review-nothing = Hier ist nichts.
stories-body-label = Deine Geschichte
