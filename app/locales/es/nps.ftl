## NPS: el banner de encuesta que responden los miembros

# El nombre del banner para lectores de pantalla.
nps-survey = Encuesta
# La pregunta con la que empieza una encuesta nueva; si no se cambia, cada miembro la ve en su idioma.
nps-default-question = ¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?
nps-why-label = ¿Cuál es el motivo principal de tu puntuación? (opcional)
nps-scale-low = 0 = nada probable
nps-scale-high = 10 = extremadamente probable
nps-submit = Enviar
nps-not-now = Ahora no
nps-thanks = ¡Gracias por tu respuesta!
nps-earned = { $points ->
    [one] Has ganado { $points } punto.
   *[other] Has ganado { $points } puntos.
}

## La página de encuestas de los administradores

nps-admin-title = Encuestas NPS
nps-saved = Guardado.
nps-loading-results = Cargando resultados…
nps-surveys-empty = Todavía no hay encuestas.
# Una encuesta de la lista: «Abierta · cada 90 días · 12 respuestas, 3 aplazadas».
nps-survey-summary = { $phase } · cada { $days } días · { $answers } respuestas, { $dismissed } aplazadas
nps-edit = Editar
nps-create = Crear una encuesta
nps-phase-not-started = Sin empezar
nps-phase-open = Abierta
nps-phase-closed = Cerrada

## El formulario de una encuesta

nps-field-title = Título (para administradores)
nps-field-question = Pregunta (los miembros responden de 0 a 10)
nps-field-ask-why = Preguntar el motivo de la puntuación (texto libre opcional)
nps-field-period = Volver a preguntar tras (días, { $min }–{ $max })
nps-field-first-day = Primer día (UTC)
nps-field-last-day = Último día (UTC, opcional)
nps-field-group = A quién se pregunta
nps-everyone = Todos los miembros
nps-field-group-hint = Una encuesta para un grupo solo pregunta a sus miembros.
nps-fixed-note = Los miembros ya han respondido, así que el primer día y el periodo se quedan como están: las respuestas se cuentan por periodos desde el primer día.
nps-create-survey = Crear encuesta
nps-save = Guardar

## Los resultados de una encuesta

nps-results-title = Resultados: { $title }
nps-results-meta = «{ $question }» · { $phase }
nps-col-answers = Respuestas
nps-promoters-range = Promotores (9–10)
nps-passives-range = Pasivos (7–8)
nps-detractors-range = Detractores (0–6)
# Las respuestas de un grupo y su parte: «12 (40 %)».
nps-part = { $count } ({ $percent } %)
nps-put-off = Aplazadas («Ahora no»)
nps-score-note = La puntuación es el porcentaje de promotores menos el de detractores, de −100 a 100.
nps-export = Exportar las respuestas en CSV
nps-per-score = Respuestas por puntuación
nps-trend = Evolución por mes (UTC)
nps-comments = Comentarios
nps-tab-all = Todos
nps-promoters = Promotores
nps-passives = Pasivos
nps-detractors = Detractores
nps-comments-empty = Aquí no hay comentarios.
# El grupo de un miembro, en una celda de tabla o junto a un comentario.
nps-promoter = promotor
nps-passive = pasivo
nps-detractor = detractor

## Los gráficos

nps-dist-summary = Respuestas por puntuación de 0 a 10: { $counts }.
nps-dist-bar = { $score }: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
nps-dist-caption = { $count ->
    [one] { $count } respuesta.
   *[other] { $count } respuestas.
} Detractores 0–6, pasivos 7–8, promotores 9–10.
nps-per-score-table = Respuestas por puntuación en una tabla
nps-col-score = Puntuación
nps-col-group = Grupo
nps-no-answers = Todavía no hay respuestas.
nps-trend-month-empty = { $month }: sin respuestas
nps-trend-dot = { $month }: NPS { $score } de { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
nps-by-month = NPS por mes
nps-trend-desc = Net Promoter Score por mes natural (UTC), de −100 a 100: { $months }.
nps-by-month-table = NPS por mes en una tabla
nps-col-month = Mes

## Comprobación de una encuesta y de una respuesta

nps-title-missing = Dale un título a la encuesta.
nps-title-too-long = Un título puede tener como máximo { $max } caracteres.
nps-question-missing = Escribe la pregunta que responden los miembros.
nps-question-too-long = La pregunta puede tener como máximo { $max } caracteres.
nps-period-invalid = Indica cada cuántos días se vuelve a preguntar: un número entero de { $min } a { $max }.
nps-first-day-missing = Indica el primer día.
nps-last-day-before-first = El último día debe ser igual o posterior al primero.
nps-score-invalid = Elige una puntuación de 0 a 10.
nps-comment-too-long = Tu motivo puede tener como máximo { $max } caracteres.

## Rechazos

nps-choice-unknown = Responde la encuesta o elige «Ahora no».
nps-not-started = Esta encuesta todavía no ha empezado.
nps-closed = Esta encuesta está cerrada; gracias de todos modos.
nps-already-answered = Ya respondiste esta encuesta en este periodo.
nps-schedule-fixed = Los miembros ya han respondido esta encuesta, y sus respuestas se cuentan por periodos desde su primer día: el primer día y el periodo ya no pueden cambiar. Ciérrala y empieza una encuesta nueva.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

nps-comments-by-group = Comentarios por grupo
