## El editor de Markdown

markdown-hint = Puedes usar Markdown: **negrita**, _cursiva_, `código`, > citas, - listas, tablas y [enlaces](https://example.com). Menciona a alguien con @usuario. Las imágenes subidas aquí se muestran; las de otros sitios aparecen como enlaces.
markdown-preview = Vista previa
markdown-rendering = Generando la vista previa…
markdown-add-picture = Añadir imagen
# Lo leen los lectores de pantalla tras «Añadir imagen»: la etiqueta del editor, como «Respuesta».
markdown-add-picture-to = a «{ $field }»
markdown-drop-or-paste = o arrastra o pega una en el texto
markdown-uploading = { $count ->
    [one] Subiendo { $count } imagen…
   *[other] Subiendo { $count } imágenes…
}
# Sin JavaScript: un enlace y luego cómo funciona.
markdown-add-a-picture = Añadir una imagen
markdown-add-a-picture-how = (se abre en una pestaña nueva: súbela allí y luego copia su línea en tu texto)
# La descripción que se pone en el texto para una imagen cuyo nombre de archivo no tiene palabras.
markdown-picture-alt = imagen
# Por qué falló una subida, tras el nombre del archivo: «equipo.jpg: el archivo pesa más de 15 MB».
markdown-upload-unreachable = no se pudo conectar con el servidor; comprueba tu conexión y vuelve a intentarlo
markdown-upload-unreadable = no se pudo leer la respuesta del servidor
markdown-upload-too-large = el archivo pesa más de { $megabytes } MB
markdown-upload-failed = la subida falló ({ $status })

## Lo que se comprueba

markdown-body-missing = Escribe algo antes de publicar.
# Empieza common-too-long: «Una publicación puede tener como máximo 50000 caracteres».
markdown-body-what = Una publicación
markdown-too-complex = Este texto es demasiado complejo para mostrarlo. Usa menos citas y listas anidadas.
