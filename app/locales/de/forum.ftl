## Forum-Übersicht

forum-title = Forum
forum-heading = Community-Forum
forum-lead = Stell Fragen, teile, was funktioniert, und hilf anderen, mehr aus dem Produkt herauszuholen.
forum-search = Forum durchsuchen
forum-feed-link = Atom-Feed der neuen Themen
# Titel des Atom-Feeds des Forums und des Links darauf im Seitenkopf.
forum-feed-latest = Neueste Themen
# Titel des Feeds: „Forum von Acme: Neueste Themen“ oder „Forum von Acme: Produktideen“.
forum-feed-title = Forum von { $community }: { $title }
forum-loading-categories = Kategorien werden geladen …
forum-no-categories = Es gibt noch keine Kategorien. Admins legen sie unter Team → Kategorien an.
forum-private-space = Privat: Nur die Gruppe { $group } sieht sie
forum-stat-topics = Themen
forum-stat-posts = Beiträge
# Die letzte Aktivität in einer Kategorie.
forum-stat-latest = Zuletzt
# Schaltfläche, Seitentitel und Kennzeichnung eines zurückgehaltenen Eröffnungsbeitrags in der Freigabe-Warteschlange.
forum-new-topic = Neues Thema

## Die Themen einer Kategorie

forum-loading-topics = Themen werden geladen …
# Titel des Atom-Feeds einer Kategorie.
forum-category-feed = { $category }: neue Themen
# Name des Pfads „Forum › Kategorie“ für Screenreader.
forum-breadcrumb = Brotkrümelnavigation
forum-category-archived-notice = Diese Kategorie ist archiviert: Du kannst sie lesen, aber keine neuen Themen darin beginnen.
forum-no-topics = Noch keine Themen. Beginne die erste Unterhaltung!
forum-topics-caption = Themen, angepinnte zuerst, dann nach letzter Aktivität
forum-col-topic = Thema
forum-col-replies = Antworten
forum-col-latest = Letzte Aktivität
forum-pinned = Angepinnt
forum-locked = Geschlossen
# Unter dem Titel eines Themas: wer es begonnen oder zuletzt geschrieben hat.
forum-by = von { $name }

## Ein Thema

forum-loading-topic = Thema wird geladen …
# Die Zusammenfassung für Suchmaschinen.
forum-topic-description = { $title } – eine Diskussion in { $category } mit { $posts ->
        [one] { $posts } Beitrag
       *[other] { $posts } Beiträgen
    }.
# Die Folgen-Schaltfläche, während das Mitglied dem Thema folgt.
forum-following-stop = Du folgst: beenden
forum-follow = Folgen
forum-following-note = Du wirst über neue Antworten benachrichtigt.
forum-follow-note = Lass dich über neue Antworten benachrichtigen.
forum-flag-thanks = Danke für deine Meldung: Die Moderation sieht sich den Beitrag an.

## Die Leiste der Moderation über einem Thema

forum-moderation = Moderation
forum-pin = Anpinnen
forum-unpin = Nicht mehr anpinnen
forum-lock = Schließen
forum-unlock = Wieder öffnen
forum-move-to = Verschieben nach
forum-move = Verschieben
forum-rename-to = Umbenennen in
forum-rename = Umbenennen
forum-hide-title = Titel verbergen

## Ein Beitrag

forum-post-removed = Dieser Beitrag wurde von seinem Verfasser entfernt.
forum-hidden-placeholder = Dieser Beitrag wurde von der Moderation verborgen.
forum-held-placeholder = Ein Beitrag, der auf die Freigabe durch die Moderation wartet.
forum-held-note = Wartet auf die Freigabe durch die Moderation: Bis dahin sehen ihn nur sein Verfasser und die Moderation.
forum-rejected-note = Von der Moderation nicht freigegeben: { $reason }. Nur sein Verfasser und die Moderation sehen ihn.
forum-hidden-note = Von der Moderation verborgen: { $reason }. Nur sein Verfasser und die Moderation sehen ihn.
# Tooltip der Uhrzeit eines Beitrags, die auf den Beitrag verlinkt.
forum-post-link = Link zu diesem Beitrag
# Vor der Uhrzeit der letzten Änderung.
forum-edited = bearbeitet am
forum-edited-by-moderator = von der Moderation bearbeitet am
forum-quote = Zitieren
forum-likes = { $count ->
    [one] { $count } Like
   *[other] { $count } Likes
}
# Name der Like-Schaltfläche; $likes ist forum-likes.
forum-like = Gefällt mir ({ $likes })

## Die Werkzeuge unter einem Beitrag

forum-edit = Bearbeiten
forum-edit-label = Deinen Beitrag bearbeiten
forum-save-changes = Änderungen speichern
forum-delete = Löschen
forum-delete-question = Diesen Beitrag entfernen? Er wird dann als entfernt angezeigt.
forum-delete-confirm = Beitrag entfernen
forum-approval-queue = Freigabe-Warteschlange
forum-show-again = Wieder anzeigen
forum-staff-edit = Als Moderator bearbeiten
forum-staff-edit-label = Diesen Beitrag bearbeiten (zum Schwärzen ersetzt du, was weg muss)
forum-staff-edit-why = Grund (fürs Protokoll)
forum-staff-edit-save = Als Moderator speichern
forum-hide = Verbergen
forum-hide-why = Grund (der Verfasser sieht ihn)
forum-hide-post = Beitrag verbergen
forum-earlier-versions = Frühere Versionen

## Einen Beitrag melden

forum-flag = Melden
forum-flag-question = Was stimmt mit diesem Beitrag nicht?
forum-flag-spam = Spam
forum-flag-abuse = Beleidigend oder belästigend
forum-flag-off-topic = Am Thema vorbei
forum-flag-other = Etwas anderes
forum-flag-note = Hinweis für die Moderation (nötig bei „Etwas anderes“)
forum-flag-send = Meldung senden

## Antworten

# Ein Link, gefolgt von forum-reply-sign-in-after.
forum-reply-sign-in = Melde dich an
forum-reply-sign-in-after = , um zu antworten.
forum-topic-locked = Dieses Thema ist geschlossen: Es nimmt keine neuen Antworten an.
forum-your-reply = Deine Antwort
# Beschriftung des Antwortfelds und Kennzeichnung einer zurückgehaltenen Antwort in der Freigabe-Warteschlange.
forum-reply = Antwort
forum-posting = Wird gesendet …
forum-post-reply = Antwort senden
# Schließt einen zitierten Beitrag im Text einer neuen Antwort ab.
forum-quote-source = — Beitrag #{ $number }

## Ein Thema beginnen

forum-no-open-categories = Es gibt noch keine offenen Kategorien, in denen du schreiben kannst.
forum-start-topic = Ein Thema beginnen
forum-category = Kategorie
forum-choose-category = Kategorie wählen …
forum-topic-title = Titel
forum-topic-title-hint = Eine Frage oder eine kurze Zusammenfassung, höchstens { $max } Zeichen.
forum-message = Nachricht
forum-post-topic = Thema veröffentlichen

## Suche

# Seitentitel und Suchschaltfläche.
forum-search-title = Suchen
forum-search-words = Suchbegriffe
forum-search-placeholder = z. B. Onboarding-Checkliste
forum-searching = Suche läuft …
forum-search-prompt = Gib ein paar Wörter ein, um Themen und Beiträge zu finden.
forum-search-no-more = Keine weiteren Ergebnisse.
forum-search-nothing = Nichts passt zu diesen Wörtern. Versuch es mit weniger oder anderen Wörtern.
forum-search-results = Ergebnisse
# Unter einem Treffer: Nummer und Verfasser des Beitrags, dann die Uhrzeit.
forum-search-hit = #{ $number } von { $name }
forum-search-page = Seite { $page }

## Frühere Versionen eines Beitrags (Moderation)

forum-history-title = Versionsverlauf
forum-history-heading = Frühere Versionen dieses Beitrags
forum-history-empty = Dieser Beitrag wurde nie bearbeitet.
# Vor dem Zeitpunkt, zu dem eine Version geschrieben wurde.
forum-history-written = Geschrieben am

## Gemeldete Beiträge (Moderation)

forum-flags-title = Meldungen
forum-flags-heading = Gemeldete Beiträge
forum-flags-intro = Verbirg einen Beitrag, um ihn aus dem Blick zu nehmen (sein Verfasser sieht, warum), oder weise die Meldungen ab, um ihn zu behalten. Jede Entscheidung wird protokolliert.
forum-loading-queue = Warteschlange wird geladen …
forum-flags-empty = Keine offenen Meldungen. Alles in Ordnung!
forum-flags-post = { $topic } · Beitrag #{ $number }
forum-written-by = Geschrieben von { $name }
# Nach dem Grund einer Meldung: der Hinweis, den das Mitglied dazugeschrieben hat.
forum-flags-note = : „{ $note }“
forum-flags-dismiss = Meldungen abweisen

## Beiträge, die auf Freigabe warten (Moderation)

forum-held-title = Beiträge, die auf Freigabe warten
# Die Einleitung hat drei Teile; der mittlere ist ein Link zu den Beitrittseinstellungen.
forum-held-intro-before = Die ersten Beiträge neuer Mitglieder warten hier (wie viele, legst du unter{" "}
forum-held-intro-link = Wer beitreten darf
forum-held-intro-after = {" "}fest). Gib sie frei, um sie zu veröffentlichen, oder lehne sie mit einer Begründung ab, die der Verfasser sieht. Jede Entscheidung wird protokolliert.
forum-held-empty = Nichts wartet auf Freigabe.
forum-held-waiting = { $count ->
    [one] { $count } Beitrag wartet.
   *[other] { $count } Beiträge warten.
}
forum-held-waiting-some = { $count } Beiträge warten; { $shown ->
        [one] der älteste wird angezeigt.
       *[other] die ältesten { $shown } werden angezeigt.
    }
# $what ist forum-new-topic oder forum-reply.
forum-held-post = { $what }: { $topic } · Beitrag #{ $number }
# Vor dem Namen des Verfassers.
forum-held-by = Von
forum-held-why = Warum (der Verfasser sieht es)
forum-held-reject = Beitrag ablehnen

## Forumskategorien (Admins)

forum-categories-title = Kategorien
forum-categories-heading = Forumskategorien
forum-categories-intro = Niedrigere Positionen stehen weiter oben. Archivierte Kategorien bleiben mit ihren Themen lesbar, nehmen aber keine neuen an.
forum-categories-empty = Noch keine Kategorien: Leg unten die erste an.
forum-categories-new = Neue Kategorie
forum-categories-archived = (archiviert)
forum-categories-private = (privat: { $group })
forum-categories-topics = { $count ->
    [one] { $count } Thema
   *[other] { $count } Themen
}
forum-categories-restore = Wiederherstellen
forum-categories-archive = Archivieren
forum-categories-name = Name
forum-categories-address = Adresse
forum-categories-address-hint = Kleinbuchstaben, Ziffern und Bindestriche; sie erscheint in Links.
forum-categories-description = Beschreibung
forum-categories-position = Position
forum-categories-create = Kategorie anlegen
forum-categories-save = Speichern

## Was in Formularen geprüft wird

forum-title-missing = Gib deinem Thema einen Titel.
# Beginnt common-too-long: „Ein Titel darf höchstens 150 Zeichen lang sein.“
forum-title-what = Ein Titel
forum-slug-missing = Gib der Kategorie eine kurze Adresse, etwa „produkt-ideen“.
forum-slug-what = Eine Adresse
forum-slug-invalid = Verwende nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, etwa „produkt-ideen“.
forum-category-name-missing = Gib der Kategorie einen Namen.
forum-category-name-what = Ein Name
forum-description-what = Eine Beschreibung
forum-reason-what = Ein Grund
forum-hide-reason-missing = Gib an, warum der Beitrag verborgen wird; sein Verfasser sieht es.
forum-reject-reason-missing = Gib an, warum der Beitrag nicht freigegeben wird; sein Verfasser sieht es.
# $value ist, was gesendet wurde, in Anführungszeichen.
forum-flag-reason-unknown = { $value } ist kein Grund; wähle Spam, beleidigend, am Thema vorbei oder etwas anderes.
forum-flag-note-too-long = Ein Hinweis darf höchstens { $max } Zeichen lang sein.
forum-flag-note-missing = Beschreib, was mit dem Beitrag nicht stimmt, damit die Moderation weiß, worauf sie achten soll.
forum-resolution-unknown = { $value } ist keine Aktion; wähle Verbergen oder Abweisen.
forum-decision-unknown = { $value } ist keine Entscheidung; wähle Freigeben oder Ablehnen.
forum-search-empty-query = Gib mindestens ein Wort oder eine Zahl ein, nach der gesucht werden soll.

## Beschränkungen für neue Mitglieder

# $when ist eine der vier folgenden Nachrichten.
forum-in-a-second = in einer Sekunde
forum-in-seconds = { $count ->
    [one] in { $count } Sekunde
   *[other] in { $count } Sekunden
}
forum-in-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
forum-in-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
forum-limit-topic-gap = Du kannst { $seconds ->
        [one] jede Sekunde
       *[other] alle { $seconds } Sekunden
    } ein Thema beginnen; versuch es { $when } erneut.
forum-limit-new-topics = Neue Mitglieder können an ihrem ersten Tag { $count ->
        [one] { $count } Thema
       *[other] { $count } Themen
    } beginnen. Diese Beschränkung endet { $when }.
forum-limit-new-replies = Neue Mitglieder können an ihrem ersten Tag { $count ->
        [one] { $count } Antwort
       *[other] { $count } Antworten
    } schreiben. Diese Beschränkung endet { $when }.
forum-limit-reply-gap = Neue Mitglieder können nur { $seconds ->
        [one] jede Sekunde
       *[other] alle { $seconds } Sekunden
    } antworten; versuch es { $when } erneut.
forum-limit-links = Neue Mitglieder dürfen höchstens { $max ->
        [one] { $max } Link
       *[other] { $max } Links
    } in einen Beitrag setzen (dieser hat { $links }). Diese Beschränkung endet { $when }.

## Ablehnungen

forum-category-choose = Wähle eine der offenen Kategorien.
forum-category-archived = Diese Kategorie wurde archiviert; wähle eine andere.
forum-category-keeps-group = „{ $category }“ enthält { $count ->
        [one] { $count } Thema, das für die Gruppe { $group } geschrieben wurde: Es bleibt bei ihr.
       *[other] { $count } Themen, die für die Gruppe { $group } geschrieben wurden: Sie bleiben bei ihr.
    } Verschieb die Themen zuerst in einen anderen Bereich dieser Gruppe oder leg eine neue Kategorie an.
forum-slug-taken = Eine andere Kategorie verwendet schon die Adresse „{ $slug }“.
forum-edit-not-visible = Dieser Beitrag wurde entfernt oder verborgen und kann nicht mehr geändert werden.
forum-like-not-visible = Dieser Beitrag kann nicht mehr mit „Gefällt mir“ markiert werden.
forum-like-own = Du kannst deinen eigenen Beitrag nicht mit „Gefällt mir“ markieren.
forum-already-liked = Dir gefällt dieser Beitrag bereits.
forum-not-liked = Du hattest diesen Beitrag nicht mit „Gefällt mir“ markiert.
forum-already-following = Du folgst diesem Thema bereits.
forum-not-following = Du bist diesem Thema nicht gefolgt.
forum-flag-own-post = Du kannst deinen eigenen Beitrag nicht melden; bearbeite oder entferne ihn stattdessen.
forum-flag-not-visible = Dieser Beitrag ist bereits verborgen oder entfernt.
forum-flag-twice = Du hast diesen Beitrag bereits gemeldet; die Moderation sieht ihn sich an.
forum-flags-settled = Zu diesem Beitrag gibt es keine offenen Meldungen; vielleicht hat sie jemand anderes aus der Moderation schon erledigt.
forum-not-waiting = Dieser Beitrag wartet nicht auf Freigabe.
forum-not-own-post = Du kannst deinen eigenen Beitrag nicht moderieren; das muss jemand anderes aus der Moderation tun.
forum-post-not-hidden = Dieser Beitrag ist nicht verborgen.
forum-unhide-author-removed = Sein Verfasser wurde als Spam entfernt: Ein Admin zeigt dessen Beiträge wieder an, indem er das Konto wiederherstellt.
forum-unhide-admin-only = Ein Admin hat diesen Beitrag verborgen; nur ein Admin kann ihn wieder anzeigen.
forum-hide-unchanged = Diesen Beitrag gibt es nicht, oder er ist bereits verborgen.
forum-staff-edit-reason = Gib fürs Protokoll einen Grund mit 1 bis { $max } Zeichen an.
forum-staff-edit-own = Bearbeite deinen eigenen Beitrag wie alle anderen mit „Bearbeiten“.
# $role ist die Rolle des Verfassers: moderator oder admin.
forum-staff-edit-higher = { $role ->
    [admin] Nur ein Admin kann den Beitrag eines Admins bearbeiten.
   *[other] Nur ein Admin kann den Beitrag eines Moderators bearbeiten.
}
forum-staff-edit-not-visible = Dieser Beitrag wurde entfernt oder verborgen; zeig ihn wieder an, bevor du ihn bearbeitest.
forum-topic-flag-unchanged = Dieses Thema gibt es nicht, oder es ist bereits so, wie du es möchtest.
forum-move-same-category = Das Thema ist bereits in dieser Kategorie.
forum-move-keeps-group = Dieses Thema wurde in einem privaten Bereich der Gruppe { $group } geschrieben: Verschieb es nur in einen anderen Bereich dieser Gruppe.
forum-move-raced = Jemand hat dieses Thema gerade verschoben.
forum-rename-own = Du kannst dein eigenes Thema nicht umbenennen; das muss jemand anderes aus der Moderation tun.
forum-rename-same = Das Thema hat bereits diesen Titel.

## Beschriftungen für gemeinsame Bausteine (Reiter, Warteschlangen, Auswahlfelder)

forum-categories-who-sees = Wer sie sieht
forum-categories-everyone = Alle
forum-categories-group-hint = Eine Kategorie, die auf eine Gruppe beschränkt ist, ist ein privater Bereich: Nur die Mitglieder der Gruppe und das Team sehen sie und alles darin.
