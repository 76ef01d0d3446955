## Historias de clientes: el muro (/stories)

stories-wall-title = Historias de clientes
stories-wall-description = Historias de nuestros clientes: cómo usan el producto, en sus propias palabras.
stories-share-yours = Comparte tu historia
stories-filter = Filtrar historias
stories-product = Producto
stories-all-products = Todos los productos
stories-rating = Valoración
stories-any-rating = Cualquier valoración
# Las opciones del filtro de valoración y las estrellas del formulario.
stories-stars = { $count ->
    [one] { $count } estrella
   *[other] { $count } estrellas
}
# Filtro de valoración: 2, 3 o 4 estrellas o más.
stories-stars-and-up = { $count } estrellas o más
stories-filter-button = Filtrar
stories-count = { $count ->
    [one] { $count } historia
   *[other] { $count } historias
}
# Título de la lista, solo para lectores de pantalla.
stories-wall-list = Historias
# Le sigue el enlace «Sé la primera persona en compartir la tuya».
stories-wall-none = Todavía no se ha publicado ninguna historia.
stories-wall-none-filtered = Todavía ninguna historia coincide con estos filtros.
stories-wall-be-first = Sé la primera persona en compartir la tuya

## La tarjeta de una historia y las historias destacadas de la página de inicio

stories-featured = Destacada
stories-rated = Valoración: { $rating } de 5
stories-anonymous = Cliente anónimo
# Texto alternativo del logotipo de una empresa.
stories-logo-of = Logotipo de { $company }
stories-company-logo = Logotipo de la empresa
stories-featured-title = Historias de clientes destacadas
stories-read-all = Leer todas las historias de clientes →

## La página de una historia

stories-back-to-all = ← Todas las historias
stories-featured-story = Historia destacada
# Antes del nombre del autor: «… · por Ada Okafor, Head of Support, Acme · 5 mar 2026».
stories-by = por
stories-photo-alt = Foto que acompaña a «{ $title }»
# El texto de los enlaces para compartir.
stories-share-title = { $title }: una historia de { $author }

## Escribir una historia (/stories/new) y cambiar un borrador

stories-new-lead = Cuéntales a otros clientes cómo usas el producto: el problema, lo que hiciste y lo que cambió. El equipo de moderación lee cada historia antes de publicarla, y tú eliges si aparece con tu nombre.
stories-new-pictures-hint = Puedes añadir una foto y el logotipo de tu empresa cuando hayas guardado el borrador: elige «Guardar borrador» y luego edítalo desde tus historias.
stories-edit-title = Editar tu historia
stories-edit-request = La petición del equipo de moderación
# Le sigue el mensaje del moderador.
stories-edit-request-intro = El equipo de moderación ha pedido cambios:
stories-picture-saved = La imagen se ha guardado con tu borrador.
stories-field-title = Título
stories-field-title-hint = Lo que pasó, en pocas palabras: «Cómo redujimos la incorporación de una semana a un día».
stories-field-product = Producto o área
stories-field-product-hint = El producto, la función o la parte del servicio de la que trata la historia.
stories-field-rating = Tu valoración
stories-field-quote = Una cita de una línea para destacar (opcional)
stories-field-quote-hint = Se muestra en el muro y en los widgets insertados; si no hay cita, se muestra el comienzo de tu historia.
stories-field-company = Empresa (opcional)
stories-field-role = Tu cargo (opcional)
stories-field-consent = ¿Podemos publicar tu historia?
stories-consent-named = Publicar con mi nombre
stories-consent-named-hint = Tu nombre, tu empresa y tu cargo aparecen junto a la historia.
stories-consent-anonymous = Publicar de forma anónima
stories-consent-anonymous-hint = Se publica sin tu nombre, tu empresa, tu cargo ni el enlace a tu perfil.
stories-consent-internal = No publicar (solo para uso interno)
stories-consent-internal-hint = Solo la lee el equipo de la comunidad.
stories-field-consent-hint = Puedes retirar tu consentimiento o eliminar la historia en cualquier momento.
stories-save-draft = Guardar borrador
stories-submit = Enviar a revisión

## La foto y el logotipo de un borrador ($which es photo o logo)

stories-pictures-title = Foto y logotipo (opcional)
stories-pictures-hint = Se muestran en el muro, en la página de la historia (también cuando se comparte) y en los widgets insertados, solo si publicas la historia con tu nombre.
stories-picture-heading = { $which ->
    [photo] Foto
   *[logo] Logotipo de la empresa
}
stories-picture-alt = { $which ->
    [photo] La foto de la historia
   *[logo] El logotipo de la empresa de la historia
}
stories-picture-remove = { $which ->
    [photo] Quitar la foto
   *[logo] Quitar el logotipo
}
# La etiqueta del campo de archivo cuando la historia ya tiene la imagen.
stories-picture-replace = { $which ->
    [photo] Cambiar la foto
   *[logo] Cambiar el logotipo
}
# La etiqueta del campo de archivo cuando todavía no la tiene.
stories-picture-choose = { $which ->
    [photo] Subir una foto
   *[logo] Subir el logotipo de tu empresa
}
stories-picture-help = { $which ->
    [photo] Una foto tuya o de tu equipo: JPEG, PNG, GIF o WebP; se muestra con un ancho de hasta 1600 píxeles.
   *[logo] El logotipo de tu empresa: se muestra dentro de un espacio de 400 × 200 píxeles y conserva la transparencia.
}
# El botón para subirla.
stories-picture-upload = { $which ->
    [photo] Subir foto
   *[logo] Subir logotipo
}

## Tus historias (/stories/mine)

stories-mine-title = Tus historias
stories-share-a-story = Compartir una historia
# Le sigue el enlace «Cuenta cómo usas el producto».
stories-mine-empty = Todavía no has escrito ninguna historia.
stories-mine-share-how = Cuenta cómo usas el producto
stories-moderator-note = Moderación: { $note }
stories-edit = Editar
# Tras el estado y el consentimiento: «Aprobada · Publicar con mi nombre · Pública».
stories-public = Pública
stories-history = Historial
# Una línea del historial: «Aprobada por Sam Lee».
stories-event = { $action } por { $name }
stories-event-message = { $action } por { $name }: «{ $message }»
stories-withdraw = Retirar el consentimiento
stories-withdraw-warning = La historia desaparece al instante de todas las páginas públicas, los widgets insertados y los feeds, y se descuentan los puntos que te hizo ganar. El equipo de moderación la conserva para uso interno.
stories-withdraw-confirm = Sí, retirar el consentimiento
stories-delete = Eliminar
stories-delete-warning = La historia se borra definitivamente y se descuentan los puntos que te hizo ganar.
stories-delete-confirm = Sí, eliminar

## En qué punto está una historia y qué le ha pasado

stories-status-draft = Borrador
stories-status-submitted = En revisión
stories-status-approved = Aprobada
stories-status-rejected = Rechazada
stories-status-archived = Archivada
stories-status-deleted = Eliminada
stories-done-submit = Enviada a revisión
stories-done-approve = Aprobada
stories-done-request-changes = Cambios solicitados
stories-done-reject = Rechazada
stories-done-feature = Destacada
stories-done-unfeature = Ya no destacada
stories-done-archive = Archivada
stories-done-withdraw-consent = Consentimiento retirado
stories-done-delete = Eliminada

## Revisión de historias (/mod/stories, moderadores)

stories-review-title = Revisión de historias
# Las pestañas de la cola.
stories-tab-submitted = Pendientes de revisión
stories-tab-approved = Aprobadas
stories-tab-featured = Destacadas
stories-tab-rejected = Rechazadas
stories-tab-archived = Archivadas
stories-last-message = Último mensaje: { $message }
# Antes de la fecha y la hora en que se envió la historia.
stories-submitted-at = enviada el
stories-message-label = Mensaje para el autor (obligatorio para pedir cambios o rechazar)
stories-approve = Aprobar
stories-request-changes = Pedir cambios
stories-reject = Rechazar
stories-feature = Destacar
stories-unfeature = Dejar de destacar
stories-archive = Archivar
stories-about-author = Sobre { $name }
stories-author-level = Nivel
stories-author-points = Puntos totales
stories-author-since = Miembro desde
stories-author-posts = Publicaciones
stories-author-approved = Historias aprobadas

## Insertar testimonios (/admin/embed, administradores)

stories-embed-title = Insertar testimonios
stories-embed-options = Opciones de inserción
stories-embed-theme = Tema
stories-embed-light = Claro
stories-embed-dark = Oscuro
stories-embed-language = Idioma
stories-embed-language-visitor = El de cada visitante
stories-embed-limit = Cantidad (1–20)
stories-embed-update = Actualizar fragmentos
stories-embed-widget = Widget (iframe)
stories-embed-widget-text = Pega esto donde deban aparecer los testimonios. Una historia desaparece de él en cuanto su autor retira el consentimiento.
stories-embed-iframe-snippet = Fragmento del iframe
stories-embed-preview = Vista previa
stories-embed-preview-title = Vista previa del widget de testimonios
stories-embed-json-text = Los mismos testimonios como datos, para tu propio diseño:
stories-embed-json-snippet = Fragmento JSON

## El widget incrustado (/embed/testimonials, dentro de otros sitios)

stories-embed-page-title = Testimonios de clientes · { $community }
stories-embed-list = Testimonios de clientes
stories-embed-empty = Todavía no hay testimonios que mostrar.
stories-embed-quoted = «{ $quote }»
stories-embed-source = Historias de la comunidad { $community }

## Comprobar los campos de una historia

stories-title-missing = Ponle un título a tu historia.
# El comienzo de «… puede tener como máximo 120 caracteres.» (y similares) para cada campo.
stories-what-title = Un título
stories-product-missing = Indica de qué producto o área trata la historia.
stories-what-product = Un producto
stories-what-quote = Una cita
stories-what-company = Un nombre de empresa
stories-what-role = Un cargo
stories-body-missing = Cuenta tu historia: falta el texto.
stories-body-too-long = Una historia puede tener como máximo { $max } caracteres.
stories-rating-missing = Elige una valoración de 1 a 5 estrellas.
stories-consent-missing = Elige si tu historia se puede publicar y cómo.
stories-what-message = Un mensaje
stories-message-reject = Explica por qué se rechaza la historia; el autor lo leerá.
stories-message-changes = Explica qué debería cambiar; el autor lo leerá.

## Pasos que el estado de una historia no permite ($status y $action nombran el estado y el paso)

stories-refused-deleted = Su autor eliminó esta historia.
stories-refused-submit = Solo se puede enviar a revisión un borrador; esta historia { $status ->
        [draft] es un borrador
        [submitted] ya está pendiente de revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.
stories-refused-review = Solo se puede { $action ->
        [approve] aprobar
        [request_changes] devolver para cambios
       *[reject] rechazar
    } una historia pendiente de revisión; esta { $status ->
        [draft] es un borrador
        [submitted] está pendiente de revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.
stories-refused-feature = Solo se puede destacar una historia aprobada; esta { $status ->
        [draft] es un borrador
        [submitted] está pendiente de revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.
stories-refused-feature-private = El autor no ha aceptado que se publique esta historia, así que no se puede destacar.
stories-refused-already-featured = Esta historia ya está destacada.
stories-refused-not-featured = Esta historia no está destacada.
stories-refused-archive = Solo se puede archivar una historia aprobada o rechazada; esta { $status ->
        [draft] es un borrador
        [submitted] está pendiente de revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.
stories-refused-no-consent = Esta historia ya es solo para uso interno; no hay ningún consentimiento que retirar.
stories-only-drafts-change = Solo se puede cambiar un borrador; esta historia { $status ->
        [draft] es un borrador
        [submitted] está en revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.
stories-only-drafts-pictures = Solo se pueden cambiar las imágenes de un borrador; esta historia { $status ->
        [draft] es un borrador
        [submitted] está en revisión
        [approved] está aprobada
        [rejected] está rechazada
        [archived] está archivada
       *[deleted] está eliminada
    }.

## Respuestas del servidor

# El sujeto de «… no se ha encontrado.»
stories-that-story = Esa historia
stories-that-draft = Ese borrador
# El sujeto de «… ya no está disponible.»
stories-this-story = Esta historia
stories-author-action-missing = Elige enviar, retirar el consentimiento o eliminar.
stories-moderator-action-missing = Elige aprobar, pedir cambios, rechazar, destacar, dejar de destacar o archivar.
stories-picture-missing = Elige la foto o el logotipo.
stories-own-story = No puedes revisar tu propia historia; lo hará otra persona del equipo de moderación.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

stories-review-status = Estado de las historias
stories-review-empty = No hay historias esperando revisión.
stories-review-nothing = No hay nada aquí.
stories-body-label = Tu historia
