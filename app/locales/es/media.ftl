## Tu imagen (perfil)

media-avatar-yours = Tu imagen, que aparece junto a tu nombre.
media-avatar-initials = Se muestran tus iniciales hasta que subas una imagen.
media-avatar-new = Imagen nueva
media-avatar-help = JPEG, PNG, GIF o WebP, de hasta { $megabytes } MB. Se recorta el centro en un cuadrado y se eliminan los datos de ubicación y de la cámara.
media-avatar-upload = Subir imagen
media-avatar-remove = Quitar imagen

## Tus imágenes

media-mine-title = Tus imágenes
media-mine-upload-label = Sube una imagen
media-mine-help = JPEG, PNG, GIF o WebP, de hasta { $megabytes } MB; se eliminan los datos de ubicación y de la cámara. Copia su línea en una publicación o una historia y describe la imagen entre los corchetes.
media-upload = Subir
media-mine-uploaded = Subida: su línea es la primera de la lista de abajo.
media-mine-empty = Todavía no has subido ninguna imagen.
media-mine-line = Línea para tu texto
# Para qué es la imagen (media-kind) y luego su tamaño en píxeles.
media-mine-meta = { $kind } · { $width } × { $height }
# Va entre los corchetes de la línea de Markdown de una imagen, para que el miembro lo reemplace.
media-describe-picture = Describe la imagen

## Imágenes (moderación)

media-pictures-title = Imágenes
media-pictures-intro = Todas las imágenes que subieron los miembros, de la más reciente a la más antigua. Una imagen oculta deja de mostrarse en todas partes; si se oculta una foto de perfil, vuelven a aparecer las iniciales del miembro.
media-pictures-empty = Todavía no se ha subido ninguna imagen.
# Quién subió una imagen cuyo miembro ya no existe.
media-removed-member = un miembro eliminado
# $kind es para qué es la imagen: avatar, post, story, logo o reward.
media-picture-alt = { $kind ->
    [avatar] Foto de perfil
    [post] Imagen de una publicación
    [story] Imagen de una historia
    [logo] Logotipo
    [reward] Imagen de una recompensa
   *[other] Imagen
} subida por { $who }
media-picture-meta = { $kind } · { $width } × { $height } · { $kb } KB · { $who }
media-hidden = oculta
media-show = Mostrar
media-hide = Ocultar
# Para qué es una imagen, tal como se guarda: avatar, post, story, logo o reward.
media-kind = { $kind ->
    [avatar] foto de perfil
    [post] publicación
    [story] historia
    [logo] logotipo
    [reward] recompensa
   *[other] { $kind }
}

## Subidas rechazadas

media-kind-unknown = indica para qué es la imagen: avatar, post, story, logo o reward
media-quota = { $count ->
    [one] Hoy has enviado { $count } imagen, el máximo que un miembro puede enviar en un día. Vuelve a intentarlo mañana.
   *[other] Hoy has enviado { $count } imágenes, el máximo que un miembro puede enviar en un día. Vuelve a intentarlo mañana.
}
media-refused-empty = El archivo está vacío: elige una imagen.
media-refused-too-large = El archivo pesa más de { $megabytes } MB: redúcelo y vuelve a intentarlo.
# $what es uno de los mensajes media-file de abajo.
media-refused-not-a-picture = Este archivo no es una imagen, sino { $what }: sube una imagen JPEG, PNG, GIF o WebP.
media-refused-too-many-pixels = La imagen mide { $width } × { $height } píxeles; lo máximo que se admite son { $side } píxeles por lado y { $megapixels } megapíxeles.
media-refused-too-big-to-decode = Para abrir la imagen hace falta más memoria de la que permite este sitio ({ $side } píxeles por lado, { $megapixels } megapíxeles, un solo fotograma): guárdala más pequeña o como JPEG o PNG de un solo fotograma.
media-refused-damaged = No se pudo leer la imagen: el archivo está dañado o incompleto.
media-file-svg = un dibujo SVG
media-file-html = una página HTML
media-file-pdf = un documento PDF
media-file-markup = un documento XML o HTML
media-file-zip = un archivo ZIP
media-file-variant = un archivo en una variante de su formato que este sitio no admite
media-file-unknown = un archivo en un formato que este sitio no admite
# After an upload is refused without JavaScript.
media-go-back = Vuelve atrás y elige otra imagen.
