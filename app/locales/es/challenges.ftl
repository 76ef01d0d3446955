### Retos: lo que los miembros completan a cambio de puntos, y cómo los gestionan moderadores y administradores.

## Retos (/challenges)

challenges-title = Retos
challenges-lead = Pequeñas acciones que ayudan a la comunidad, cada una con sus puntos: completa una y los puntos son tuyos.
challenges-empty = Ahora mismo no hay retos en curso. Vuelve pronto.
challenges-places-left = { $count ->
    [one] Queda { $count } plaza
   *[other] Quedan { $count } plazas
}
challenges-ends = termina el
challenges-status-pending = Pendiente de revisión
challenges-status-approved = Completado
challenges-status-rejected = No aceptado
challenges-sign-in = Inicia sesión para participar.
challenges-closed-inactive = Este reto no está activo.
challenges-closed-not-yet = Este reto aún no ha empezado.
challenges-closed-ended = Este reto ha terminado.
challenges-closed-full = Todas las plazas de este reto están ocupadas.
challenges-closed-done = Ya completaste este reto.
challenges-closed-waiting = Tu participación está pendiente de revisión por un moderador.
challenges-evidence-label = Qué hiciste (con un enlace, si lo hay)
challenges-submit-review = Enviar para revisión
challenges-your-answer = Tu respuesta
challenges-answer = Responder
challenges-open-link = Abrir el enlace y completar

## Completar un reto: lo que responde el servidor

challenges-say-how = Indica cómo lo completas.
challenges-an-answer = La respuesta
challenges-what-you-did = La descripción de lo que hiciste
challenges-evidence-missing = Cuenta qué hiciste, con un enlace si lo hay; un moderador lo leerá.
challenges-wrong-answer = Esa no es la respuesta. Inténtalo de nuevo.
challenges-wrong-kind = Este reto se completa de otra forma; recarga la página.
challenges-that-challenge = Ese reto

## Retos para administradores (/admin/challenges)

challenges-saved = Guardado.
challenges-publish-new = Publicar un reto nuevo
challenges-none-yet = Todavía no hay retos.
challenges-running = activo
challenges-off = desactivado
challenges-admin-summary = { $title } · { $points } puntos · { $running } · { $completed } completados, { $taken ->
    [one] { $taken } plaza ocupada
   *[other] { $taken } plazas ocupadas
}
challenges-field-title = Título
challenges-field-description = Qué hay que hacer
challenges-field-points = Puntos
challenges-field-places = Plazas (vacío: sin límite)
challenges-field-first-day = Primer día (UTC, opcional)
challenges-field-last-day = Último día (UTC, opcional)
challenges-field-mode = Cómo se completa
challenges-mode-review = Un moderador revisa lo que hizo el miembro
challenges-mode-link = Se completa visitando un enlace
challenges-mode-answer = Se completa respondiendo una pregunta
challenges-field-link = Enlace que visitar (retos de enlace, https://)
challenges-field-answer = Respuesta esperada (retos de respuesta; no cuentan las mayúsculas ni los espacios)
challenges-field-running = Activo
challenges-publish = Publicar reto
challenges-save = Guardar
challenges-title-missing = Ponle un título al reto.
challenges-a-title = El título
challenges-a-description = La descripción
challenges-the-points = La cantidad de puntos
challenges-the-completions = El número de plazas
challenges-the-answer = La respuesta
challenges-points-range = La cantidad de puntos debe ser un número entero de 1 a { $max }.
challenges-ends-before-start = El último día debe ser igual o posterior al primero.
challenges-places-zero = Déjalo vacío para no tener límite, o pon 1 o más.
challenges-choose-mode = Elige cómo se completa el reto.
challenges-link-needed = Un reto de enlace necesita una dirección https:// que visitar.
challenges-answer-needed = Un reto de respuesta necesita su respuesta.
challenges-places-taken = { $count ->
    [one] Ya hay { $count } plaza ocupada; el límite no puede ser menor.
   *[other] Ya hay { $count } plazas ocupadas; el límite no puede ser menor.
}

## Participaciones para moderadores (/mod/challenges)

challenges-completions-title = Participaciones en retos
challenges-tab-pending = Pendientes
challenges-tab-approved = Aprobadas
challenges-tab-rejected = Rechazadas
challenges-choose-decision = Elige aprobar o rechazar.
challenges-a-note = La nota
challenges-note-missing = Explica por qué no se acepta la participación; el miembro lo leerá.
challenges-decided-approved = Ya se decidió sobre esta participación: aceptada.
challenges-decided-rejected = Ya se decidió sobre esta participación: no aceptada.
challenges-own-completion = No puedes aprobar tu propia participación; lo hará otro moderador.
challenges-that-completion = Esa participación

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

challenges-queue-status = Estado
challenges-note-label = Nota para el miembro (obligatoria para rechazar)
challenges-who-sees = Quién lo ve
challenges-everyone = Todos
challenges-group-hint = Un reto limitado a un grupo solo lo ven y lo completan sus miembros.
