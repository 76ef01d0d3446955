## Dein Bild (Profil)

media-avatar-yours = Dein Bild, das neben deinem Namen erscheint.
media-avatar-initials = Deine Initialen werden angezeigt, bis du ein Bild hochlädst.
media-avatar-new = Neues Bild
media-avatar-help = JPEG, PNG, GIF oder WebP, bis { $megabytes } MB. Die Mitte wird zu einem Quadrat zugeschnitten; Standort- und Kameradaten werden entfernt.
media-avatar-upload = Bild hochladen
media-avatar-remove = Bild entfernen

## Deine Bilder

media-mine-title = Deine Bilder
media-mine-upload-label = Ein Bild hochladen
media-mine-help = JPEG, PNG, GIF oder WebP, bis { $megabytes } MB; Standort- und Kameradaten werden entfernt. Kopiere seine Zeile in einen Beitrag oder eine Geschichte und beschreib das Bild zwischen den eckigen Klammern.
media-upload = Hochladen
media-mine-uploaded = Hochgeladen: Seine Zeile steht als erste in der Liste unten.
media-mine-empty = Du hast noch keine Bilder hochgeladen.
media-mine-line = Zeile für deinen Text
# Wofür das Bild ist (media-kind), dann seine Größe in Pixeln.
media-mine-meta = { $kind } · { $width } × { $height }
# Steht zwischen den eckigen Klammern der Markdown-Zeile eines Bildes, damit das Mitglied es ersetzt.
media-describe-picture = Beschreib das Bild

## Bilder (Moderation)

media-pictures-title = Bilder
media-pictures-intro = Alle Bilder, die Mitglieder hochgeladen haben, die neuesten zuerst. Ein verborgenes Bild wird nirgends mehr angezeigt; wird ein Profilbild verborgen, erscheinen wieder die Initialen des Mitglieds.
media-pictures-empty = Es wurden noch keine Bilder hochgeladen.
# Wer ein Bild hochgeladen hat, dessen Mitglied es nicht mehr gibt.
media-removed-member = ein entferntes Mitglied
# $kind ist, wofür das Bild ist: avatar, post, story, logo oder reward.
media-picture-alt = { $kind ->
    [avatar] Profilbild
    [post] Bild aus einem Beitrag
    [story] Bild aus einer Geschichte
    [logo] Logo
    [reward] Bild einer Prämie
   *[other] Bild
}, hochgeladen von: { $who }
media-picture-meta = { $kind } · { $width } × { $height } · { $kb } KB · { $who }
media-hidden = verborgen
media-show = Anzeigen
media-hide = Verbergen
# Wofür ein Bild ist, wie gespeichert: avatar, post, story, logo oder reward.
media-kind = { $kind ->
    [avatar] Profilbild
    [post] Beitrag
    [story] Geschichte
    [logo] Logo
    [reward] Prämie
   *[other] { $kind }
}

## Abgelehnte Uploads

media-kind-unknown = gib an, wofür das Bild ist: avatar, post, story, logo oder reward
media-quota = { $count ->
    [one] Du hast heute { $count } Bild hochgeladen, mehr sind an einem Tag nicht erlaubt. Versuch es morgen wieder.
   *[other] Du hast heute { $count } Bilder hochgeladen, mehr sind an einem Tag nicht erlaubt. Versuch es morgen wieder.
}
media-refused-empty = Die Datei ist leer: Wähle ein Bild.
media-refused-too-large = Die Datei ist größer als { $megabytes } MB: Verkleinere sie und versuch es noch einmal.
# $what ist eine der media-file-Nachrichten unten.
media-refused-not-a-picture = Das ist kein Bild, sondern { $what }: Lade ein JPEG-, PNG-, GIF- oder WebP-Bild hoch.
media-refused-too-many-pixels = Das Bild hat { $width } × { $height } Pixel; höchstens { $side } Pixel pro Seite und { $megapixels } Megapixel sind erlaubt.
media-refused-too-big-to-decode = Zum Öffnen braucht das Bild mehr Speicher, als diese Website erlaubt ({ $side } Pixel pro Seite, { $megapixels } Megapixel, ein Einzelbild): Speichere es kleiner oder als JPEG oder PNG mit nur einem Bild.
media-refused-damaged = Das Bild konnte nicht gelesen werden: Die Datei ist beschädigt oder unvollständig.
media-file-svg = eine SVG-Zeichnung
media-file-html = eine HTML-Seite
media-file-pdf = ein PDF-Dokument
media-file-markup = ein XML- oder HTML-Dokument
media-file-zip = ein ZIP-Archiv
media-file-variant = eine Datei in einer Variante ihres Formats, die diese Website nicht annimmt
media-file-unknown = eine Datei in einem Format, das diese Website nicht annimmt
# After an upload is refused without JavaScript.
media-go-back = Geh zurück und wähle ein anderes Bild.
