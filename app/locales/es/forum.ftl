## Índice del foro

forum-title = Foro
forum-heading = Foro de la comunidad
forum-lead = Haz preguntas, comparte lo que funciona y ayuda a los demás a sacarle más partido al producto.
forum-search = Buscar en el foro
forum-feed-link = Feed Atom de temas nuevos
# Título del feed Atom del foro y del enlace a él en la cabecera de la página.
forum-feed-latest = Últimos temas
# Título del feed: «Foro de Acme: Últimos temas» o «Foro de Acme: Ideas de producto».
forum-feed-title = Foro de { $community }: { $title }
forum-loading-categories = Cargando categorías…
forum-no-categories = Todavía no hay categorías. Un administrador puede crearlas en Equipo → Categorías.
forum-private-space = Privada: solo la ve el grupo { $group }
forum-stat-topics = Temas
forum-stat-posts = Publicaciones
# La actividad más reciente de una categoría.
forum-stat-latest = Última
# El botón, el título de la página y la etiqueta de una publicación inicial retenida en la cola de aprobación.
forum-new-topic = Nuevo tema

## Los temas de una categoría

forum-loading-topics = Cargando temas…
# Título del feed Atom de una categoría.
forum-category-feed = { $category }: temas nuevos
# Nombre de la ruta «Foro › Categoría», para lectores de pantalla.
forum-breadcrumb = Ruta de navegación
forum-category-archived-notice = Esta categoría está archivada: puedes leerla, pero no admite temas nuevos.
forum-no-topics = Todavía no hay temas. ¡Empieza la primera conversación!
forum-topics-caption = Temas, primero los fijados y luego por actividad más reciente
forum-col-topic = Tema
forum-col-replies = Respuestas
forum-col-latest = Última actividad
forum-pinned = Fijado
forum-locked = Cerrado
# Bajo el título de un tema: quién lo empezó o quién escribió por última vez.
forum-by = por { $name }

## Un tema

forum-loading-topic = Cargando el tema…
# El resumen que muestran los buscadores.
forum-topic-description = { $title }: una conversación en { $category } con { $posts ->
        [one] { $posts } publicación
       *[other] { $posts } publicaciones
    }.
# El botón de seguir mientras el miembro sigue el tema.
forum-following-stop = Siguiendo: dejar de seguir
forum-follow = Seguir
forum-following-note = Recibes avisos de las respuestas nuevas.
forum-follow-note = Recibe avisos de las respuestas nuevas.
forum-flag-thanks = Gracias por la denuncia: el equipo de moderación revisará la publicación.

## La barra de moderación sobre un tema

forum-moderation = Moderación
forum-pin = Fijar
forum-unpin = Dejar de fijar
forum-lock = Cerrar
forum-unlock = Reabrir
forum-move-to = Mover a
forum-move = Mover
forum-rename-to = Cambiar el título a
forum-rename = Cambiar título
forum-hide-title = Ocultar el título

## Una publicación

forum-post-removed = Su autor eliminó esta publicación.
forum-hidden-placeholder = El equipo de moderación ocultó esta publicación.
forum-held-placeholder = Una publicación pendiente de aprobación por el equipo de moderación.
forum-held-note = Pendiente de aprobación por el equipo de moderación: hasta entonces, solo la ven su autor y el equipo de moderación.
forum-rejected-note = El equipo de moderación no la aprobó: { $reason }. Solo la ven su autor y el equipo de moderación.
forum-hidden-note = Oculta por el equipo de moderación: { $reason }. Solo la ven su autor y el equipo de moderación.
# Información emergente de la hora de una publicación, que enlaza a ella.
forum-post-link = Enlace a esta publicación
# Antes de la hora de la última edición.
forum-edited = editada el
forum-edited-by-moderator = editada por el equipo de moderación el
forum-quote = Citar
forum-likes = { $count } me gusta
# Nombre del botón de me gusta; $likes es forum-likes.
forum-like = Me gusta ({ $likes })

## Las herramientas bajo una publicación

forum-edit = Editar
forum-edit-label = Edita tu publicación
forum-save-changes = Guardar cambios
forum-delete = Eliminar
forum-delete-question = ¿Eliminar esta publicación? Aparecerá como eliminada.
forum-delete-confirm = Eliminar publicación
forum-approval-queue = Cola de aprobación
forum-show-again = Volver a mostrar
forum-staff-edit = Editar como moderador
forum-staff-edit-label = Edita esta publicación (para censurar algo, reemplaza lo que deba desaparecer)
forum-staff-edit-why = Motivo (para el registro)
forum-staff-edit-save = Guardar como moderador
forum-hide = Ocultar
forum-hide-why = Motivo (lo verá el autor)
forum-hide-post = Ocultar publicación
forum-earlier-versions = Versiones anteriores

## Denunciar una publicación

forum-flag = Denunciar
forum-flag-question = ¿Qué problema tiene esta publicación?
forum-flag-spam = Spam
forum-flag-abuse = Ofensiva o acosadora
forum-flag-off-topic = Fuera de tema
forum-flag-other = Otra cosa
forum-flag-note = Nota para el equipo de moderación (necesaria para «Otra cosa»)
forum-flag-send = Enviar denuncia

## Responder

# Un enlace, seguido de forum-reply-sign-in-after.
forum-reply-sign-in = Inicia sesión
forum-reply-sign-in-after = {" "}para responder.
forum-topic-locked = Este tema está cerrado: no admite respuestas nuevas.
forum-your-reply = Tu respuesta
# La etiqueta del cuadro de respuesta y de una respuesta retenida en la cola de aprobación.
forum-reply = Respuesta
forum-posting = Publicando…
forum-post-reply = Publicar respuesta
# Cierra una publicación citada en el texto de una respuesta nueva.
forum-quote-source = — publicación #{ $number }

## Empezar un tema

forum-no-open-categories = Todavía no hay categorías abiertas en las que publicar.
forum-start-topic = Empieza un tema
forum-category = Categoría
forum-choose-category = Elige una categoría…
forum-topic-title = Título
forum-topic-title-hint = Una pregunta o un resumen breve, de hasta { $max } caracteres.
forum-message = Mensaje
forum-post-topic = Publicar tema

## Búsqueda

# El título de la página y el botón de búsqueda.
forum-search-title = Buscar
forum-search-words = Palabras de búsqueda
forum-search-placeholder = p. ej., lista de incorporación
forum-searching = Buscando…
forum-search-prompt = Escribe algunas palabras para encontrar temas y publicaciones.
forum-search-no-more = No hay más resultados.
forum-search-nothing = Nada coincide con esas palabras. Prueba con menos palabras o con otras.
forum-search-results = Resultados
# Bajo un resultado: el número de la publicación y su autor; luego, la hora.
forum-search-hit = #{ $number } por { $name }
forum-search-page = Página { $page }

## Versiones anteriores de una publicación (moderación)

forum-history-title = Historial de la publicación
forum-history-heading = Versiones anteriores de esta publicación
forum-history-empty = Esta publicación nunca se editó.
# Antes de la hora en que se escribió una versión.
forum-history-written = Escrita el

## Publicaciones denunciadas (moderación)

forum-flags-title = Denuncias
forum-flags-heading = Publicaciones denunciadas
forum-flags-intro = Oculta una publicación para retirarla de la vista (su autor verá el motivo) o descarta las denuncias para mantenerla. Cada decisión queda en el registro de auditoría.
forum-loading-queue = Cargando la cola…
forum-flags-empty = No hay denuncias abiertas. ¡Todo en orden!
forum-flags-post = { $topic } · publicación #{ $number }
forum-written-by = Escrita por { $name }
# Tras el motivo de una denuncia: la nota que añadió el miembro.
forum-flags-note = : «{ $note }»
forum-flags-dismiss = Descartar denuncias

## Publicaciones pendientes de aprobación (moderación)

forum-held-title = Publicaciones pendientes de aprobación
# La introducción tiene tres partes; la del medio es un enlace a los ajustes de registro.
forum-held-intro-before = Las primeras publicaciones de los miembros nuevos esperan aquí (el número se ajusta en{" "}
forum-held-intro-link = Quién puede unirse
forum-held-intro-after = ). Apruébalas para publicarlas o recházalas con un motivo que verá el autor. Cada decisión queda en el registro de auditoría.
forum-held-empty = No hay nada pendiente de aprobación.
forum-held-waiting = { $count ->
    [one] { $count } publicación pendiente.
   *[other] { $count } publicaciones pendientes.
}
forum-held-waiting-some = { $count } publicaciones pendientes; { $shown ->
        [one] se muestra la más antigua.
       *[other] se muestran las { $shown } más antiguas.
    }
# $what es forum-new-topic o forum-reply.
forum-held-post = { $what }: { $topic } · publicación #{ $number }
# Antes del nombre del autor.
forum-held-by = Por
forum-held-why = Motivo (lo verá el autor)
forum-held-reject = Rechazar la publicación

## Categorías del foro (administradores)

forum-categories-title = Categorías
forum-categories-heading = Categorías del foro
forum-categories-intro = Las posiciones más bajas van primero. Las categorías archivadas mantienen sus temas legibles, pero no admiten temas nuevos.
forum-categories-empty = Todavía no hay categorías: crea la primera abajo.
forum-categories-new = Nueva categoría
forum-categories-archived = (archivada)
forum-categories-private = (privada: { $group })
forum-categories-topics = { $count ->
    [one] { $count } tema
   *[other] { $count } temas
}
forum-categories-restore = Restaurar
forum-categories-archive = Archivar
forum-categories-name = Nombre
forum-categories-address = Dirección
forum-categories-address-hint = Minúsculas, dígitos y guiones; aparece en los enlaces.
forum-categories-description = Descripción
forum-categories-position = Posición
forum-categories-create = Crear categoría
forum-categories-save = Guardar

## Lo que se comprueba en los formularios

forum-title-missing = Ponle un título a tu tema.
# Empieza common-too-long: «Un título puede tener como máximo 150 caracteres».
forum-title-what = Un título
forum-slug-missing = Ponle a la categoría una dirección corta, como «ideas-de-producto».
forum-slug-what = Una dirección
forum-slug-invalid = Usa solo minúsculas, dígitos y guiones sueltos, como «ideas-de-producto».
forum-category-name-missing = Ponle un nombre a la categoría.
forum-category-name-what = Un nombre
forum-description-what = Una descripción
forum-reason-what = Un motivo
forum-hide-reason-missing = Indica por qué se oculta la publicación; el autor lo verá.
forum-reject-reason-missing = Indica por qué no se aprueba la publicación; su autor lo verá.
# $value es lo que se envió, entre comillas.
forum-flag-reason-unknown = { $value } no es un motivo; elige spam, ofensiva, fuera de tema u otra cosa.
forum-flag-note-too-long = Una nota puede tener como máximo { $max } caracteres.
forum-flag-note-missing = Indica qué problema tiene la publicación, para que el equipo de moderación sepa qué buscar.
forum-resolution-unknown = { $value } no es una acción; elige ocultar o descartar.
forum-decision-unknown = { $value } no es una decisión; elige aprobar o rechazar.
forum-search-empty-query = Escribe al menos una palabra o un número que buscar.

## Límites de publicación para miembros nuevos

# $when es uno de los cuatro mensajes siguientes.
forum-in-a-second = en un segundo
forum-in-seconds = { $count ->
    [one] en { $count } segundo
   *[other] en { $count } segundos
}
forum-in-minutes = { $count ->
    [one] en { $count } minuto
   *[other] en { $count } minutos
}
forum-in-hours = { $count ->
    [one] en { $count } hora
   *[other] en { $count } horas
}
forum-limit-topic-gap = Puedes empezar un tema cada { $seconds ->
        [one] segundo
       *[other] { $seconds } segundos
    }; vuelve a intentarlo { $when }.
forum-limit-new-topics = Los miembros nuevos pueden empezar { $count ->
        [one] { $count } tema
       *[other] { $count } temas
    } en su primer día. Este límite se levanta { $when }.
forum-limit-new-replies = Los miembros nuevos pueden publicar { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    } en su primer día. Este límite se levanta { $when }.
forum-limit-reply-gap = Los miembros nuevos pueden responder una vez cada { $seconds ->
        [one] segundo
       *[other] { $seconds } segundos
    }; vuelve a intentarlo { $when }.
forum-limit-links = Los miembros nuevos pueden incluir como máximo { $max ->
        [one] { $max } enlace
       *[other] { $max } enlaces
    } en una publicación (esta tiene { $links }). Este límite se levanta { $when }.

## Rechazos

forum-category-choose = Elige una de las categorías abiertas.
forum-category-archived = Esa categoría se archivó; elige otra.
forum-category-keeps-group = «{ $category }» contiene { $count ->
        [one] { $count } tema escrito para el grupo { $group }: sigue siendo suyo.
       *[other] { $count } temas escritos para el grupo { $group }: siguen siendo suyos.
    } Mueve antes sus temas a otro espacio de ese grupo o crea una categoría nueva.
forum-slug-taken = Otra categoría ya usa la dirección «{ $slug }».
forum-edit-not-visible = Esta publicación se eliminó o se ocultó y ya no se puede cambiar.
forum-like-not-visible = Ya no se puede dar me gusta a esta publicación.
forum-like-own = No puedes dar me gusta a tu propia publicación.
forum-already-liked = Ya te gusta esta publicación.
forum-not-liked = No le habías dado me gusta a esta publicación.
forum-already-following = Ya sigues este tema.
forum-not-following = No seguías este tema.
forum-flag-own-post = No puedes denunciar tu propia publicación; edítala o elimínala.
forum-flag-not-visible = Esta publicación ya está oculta o eliminada.
forum-flag-twice = Ya denunciaste esta publicación; el equipo de moderación la revisará.
forum-flags-settled = Esta publicación no tiene denuncias abiertas; puede que otro moderador ya las haya resuelto.
forum-not-waiting = Esa publicación no está pendiente de aprobación.
forum-not-own-post = No puedes moderar tu propia publicación; tiene que hacerlo otro moderador.
forum-post-not-hidden = Esa publicación no está oculta.
forum-unhide-author-removed = Su autor se eliminó por spam: un administrador vuelve a mostrar sus publicaciones al restablecer la cuenta.
forum-unhide-admin-only = Un administrador ocultó esta publicación; solo un administrador puede volver a mostrarla.
forum-hide-unchanged = Esa publicación no existe o ya está oculta.
forum-staff-edit-reason = Indica para el registro un motivo de 1 a { $max } caracteres.
forum-staff-edit-own = Edita tu propia publicación con «Editar», como todo el mundo.
# $role es el rol del autor: moderator o admin.
forum-staff-edit-higher = { $role ->
    [admin] Solo un administrador puede editar la publicación de un administrador.
   *[other] Solo un administrador puede editar la publicación de un moderador.
}
forum-staff-edit-not-visible = Esta publicación se eliminó o se ocultó; vuelve a mostrarla antes de editarla.
forum-topic-flag-unchanged = Ese tema no existe o ya está como pediste.
forum-move-same-category = El tema ya está en esa categoría.
forum-move-keeps-group = Este tema se escribió en un espacio privado del grupo { $group }: muévelo solo a otro espacio de ese grupo.
forum-move-raced = Alguien acaba de mover este tema.
forum-rename-own = No puedes cambiar el título de tu propio tema; tiene que hacerlo otro moderador.
forum-rename-same = El tema ya tiene ese título.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

forum-categories-who-sees = Quién la ve
forum-categories-everyone = Todos
forum-categories-group-hint = Una categoría limitada a un grupo es un espacio privado: solo los miembros del grupo y el equipo la ven a ella y a todo lo que contiene.
