## Ajustes del sitio (/admin/settings): nombre y aspecto

settings-title = Ajustes del sitio
# Tras guardar, según lo que se guardó.
settings-saved = Ajustes guardados: todas las páginas los muestran ya.
settings-picture-removed = Imagen quitada.
settings-logo-saved = Logotipo guardado.
settings-favicon-saved = Favicon guardado.
settings-language-saved = Idioma predeterminado guardado: ya lo ven los visitantes cuyo navegador no pide ninguno de los nuestros.
# Antes de la fecha y la hora del cambio: «Último cambio de Ada Okafor, 5 mar 2026, 14:07 UTC».
settings-last-changed = Último cambio de { $name },
settings-identity = Nombre y aspecto
settings-name = Nombre de la comunidad
settings-name-hint = Aparece en la cabecera, en los títulos de página, en los enlaces compartidos, en los feeds, en el contenido incrustado y en los correos.
settings-tagline = Eslogan
settings-tagline-hint = Una línea bajo el nombre en el pie de página (opcional).
settings-colour = Color de marca
settings-colour-hint = Un código hexadecimal como #4338ca, para enlaces y botones. Necesita un contraste de 4,5:1 con la página (WCAG AA); el tema oscuro usa un tono más claro, calculado para que también cumpla.
# Nombre de la muestra de color para lectores de pantalla; los tonos son códigos hexadecimales.
settings-colour-shades = Tono claro { $light }, tono oscuro { $dark }
# $light y $dark son relaciones de contraste («4,5»); $dark_shade es el código hexadecimal del tema oscuro.
settings-colour-contrast = Color guardado: { $light }:1 en el tema claro; { $dark_shade } ({ $dark }:1) en el tema oscuro.
settings-headline = Titular de la página de inicio
settings-intro = Introducción de la página de inicio
settings-intro-hint = Markdown: **negrita**, *cursiva*, enlaces, listas. Como máximo { $max } caracteres.
settings-footer-links = Enlaces del pie de página
# Cada línea tiene el formato «texto | dirección»; se mantienen la | y las direcciones de ejemplo.
settings-footer-links-hint = Uno por línea, texto | dirección: Blog | https://example.com/blog, o una página de aquí como Normas | /forum/c/guidelines. Como máximo { $max }; solo direcciones https://, http:// y /.
settings-save-settings = Guardar los ajustes

## Ajustes del sitio: idioma predeterminado

settings-language = Idioma
settings-language-label = Idioma de la comunidad
settings-language-hint = Para los visitantes cuyo navegador no pide ninguno de estos idiomas y para los correos a miembros que no eligieron ninguno. Cada miembro elige el suyo en el pie de página.
# Tras un idioma cuya traducción no está terminada.
settings-language-partial = (parcial)
settings-save-language = Guardar el idioma

## Ajustes del sitio: logotipo y favicon
# $which es logo o favicon.

settings-pictures = Logotipo y favicon
settings-logo = Logotipo
settings-logo-hint = Aparece en la cabecera en lugar del nombre (el nombre sigue siendo su texto alternativo): JPEG, PNG, GIF o WebP, ajustado a 400 × 200 píxeles, con la transparencia conservada.
settings-favicon = Favicon
settings-favicon-hint = El icono de las pestañas y los marcadores del navegador: recortado en un cuadrado desde el centro y de 64 píxeles de lado.
# Texto alternativo de la imagen actual.
settings-picture-current = { $which ->
    [logo] El logotipo actual
   *[favicon] El favicon actual
}
settings-picture-remove = { $which ->
    [logo] Quitar el logotipo
   *[favicon] Quitar el favicon
}
# Etiqueta del campo de archivo cuando ya hay una imagen.
settings-picture-replace = { $which ->
    [logo] Reemplazar el logotipo
   *[favicon] Reemplazar el favicon
}
# Etiqueta del campo de archivo cuando todavía no hay ninguna.
settings-picture-choose = { $which ->
    [logo] Subir un logotipo
   *[favicon] Subir un favicon
}
settings-picture-upload = { $which ->
    [logo] Subir el logotipo
   *[favicon] Subir el favicon
}

## Términos, privacidad y normas (/admin/settings/legal)
# $kind es terms, privacy o guidelines.

settings-legal-title = Términos, privacidad y normas
settings-legal-back = Volver a los ajustes del sitio
settings-legal-lead = Cada publicación es una versión nueva; las anteriores se pueden seguir leyendo. Los miembros aceptan los términos al unirse y, en su siguiente visita, se les pide que acepten la versión nueva.
settings-legal-done = { $kind ->
    [privacy] Aviso de privacidad publicado.
    [guidelines] Normas de la comunidad publicadas.
   *[terms] Términos del servicio publicados.
}
settings-legal-nothing-yet = Todavía no hay nada publicado.
# Título de la tabla de versiones para lectores de pantalla.
settings-legal-versions-of = { $kind ->
    [privacy] Versiones del aviso de privacidad
    [guidelines] Versiones de las normas de la comunidad
   *[terms] Versiones de los términos del servicio
}
settings-legal-version-column = Versión
settings-legal-published-column = Publicada
settings-legal-by = Por
settings-legal-what-changed = Qué cambió
settings-legal-accepted-by = Aceptada por
settings-legal-accepted = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
settings-legal-text = Texto de la versión { $version }
settings-legal-text-hint = Markdown: títulos (##), listas, enlaces. Como máximo { $max } caracteres.
settings-legal-changes = Qué cambió (opcional)
settings-legal-changes-hint = Se muestra con la versión; por ejemplo, «Añadidas las reglas sobre recompensas».
settings-legal-publish = Publicar la versión { $version }

## Quién puede unirse (/admin/registration)

settings-join-title = Quién puede unirse
settings-join-applications = Solicitudes
settings-join-saved = Guardado: la página de registro ya lo aplica.
settings-join-how = Cómo se une la gente
# «Las invitaciones (en <enlace>Invitaciones</enlace>) funcionan en todos los modos.»: antes del enlace, el enlace, el resto.
settings-join-invitations-before = Las invitaciones (en
settings-join-invitations-link = Invitaciones
settings-join-invitations-after = ) funcionan en todos los modos.
settings-join-questions = Preguntas para los solicitantes
settings-join-questions-hint = Una por línea, como máximo { $questions }, cada una de hasta { $characters } caracteres. Solo se hacen cuando unirse requiere aprobación; todas las preguntas necesitan respuesta.
settings-join-domains = Dominios de correo que se unen directamente
settings-join-domains-hint = Uno por línea, como example.com (como máximo { $max }). Las direcciones de exactamente estos dominios se unen sin invitación ni aprobación, tras confirmar su dirección; los subdominios no están incluidos.
settings-join-held = Primeras publicaciones de los miembros nuevos retenidas para aprobación
settings-join-held-hint = De 0 a { $max }. Las primeras publicaciones de un miembro (temas y respuestas) esperan en la cola de aprobación de los moderadores; hasta que se aprueba una, solo las ven el miembro y el equipo. 0 no retiene ninguna. Las de moderadores y admins nunca se retienen.
settings-save = Guardar

## Los términos, el aviso de privacidad y las normas públicos (/terms, /privacy, /guidelines)

settings-legal-none = Todavía no se ha publicado nada aquí.
# Antes de la fecha: «Versión 3, publicada el 5 mar 2026, 14:07 UTC».
settings-legal-published = Versión { $version }, publicada el
settings-legal-earlier = Esta es una versión anterior.
settings-legal-current = Leer la versión actual ({ $version })
settings-legal-versions = Versiones
settings-legal-version = Versión { $version }

## El aviso que pide a un miembro aceptar los términos nuevos
# «Lee <enlace>la versión 3 de los términos</enlace> y acéptalos. …»: antes del enlace, el enlace, después.

settings-terms-changed = Nuestros términos del servicio han cambiado
settings-terms-accept-title = Acepta nuestros términos del servicio
settings-terms-read = Por favor, lee
settings-terms-version = la versión { $version } de los términos
settings-terms-ask = y acéptalos. Te lo pediremos en cada página hasta que lo hagas.
settings-terms-accept = Acepto los términos

## Rechazos

settings-language-unknown = Elige uno de los idiomas de la lista.
settings-picture-unknown = Indica qué imagen: logo o favicon.
settings-publish-unchanged = Este ya es el texto de la versión { $version }: cámbialo antes de publicar.
