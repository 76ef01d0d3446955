### Reconocimiento: puntos, niveles, clasificaciones e insignias.

## Tus puntos (/me/points)

recognition-points-title = Tus puntos
recognition-standing = Resumen de puntos
recognition-listed = Apareces en las clasificaciones.
recognition-not-listed = No apareces en las clasificaciones.
recognition-hide-me = Ocultarme de las clasificaciones
recognition-list-me = Volver a aparecer
recognition-spend-points = Gastar puntos en recompensas
recognition-leaderboard = Clasificación
recognition-badges = Insignias
recognition-ways-to-earn = Formas de ganar puntos
recognition-history = Historial
recognition-history-empty = Aún no tienes puntos. Crea un tema, responde o comparte tu historia para ganar los primeros.
recognition-history-caption = Historial de puntos, del más reciente al más antiguo
recognition-col-when = Cuándo
recognition-col-what = Qué
recognition-points = Puntos
recognition-reversed = anulado

## Por qué existe una línea del historial de puntos

recognition-reason-topic = Tema creado
recognition-reason-reply = Respuesta en un tema
recognition-reason-like-received = Tu publicación recibió un me gusta
recognition-reason-story-approved = Historia aprobada
recognition-reason-story-featured = Historia destacada
recognition-reason-referral = Amigo referido
recognition-reason-challenge = Reto completado
recognition-reason-adjustment = Ajuste de un administrador
recognition-reason-redemption = Recompensa canjeada
recognition-reason-refund = Canje cancelado, puntos devueltos
recognition-reason-reversal = Concesión anulada
recognition-reason-welcome = Bono de bienvenida
recognition-reason-survey = Encuesta respondida

## Clasificación (/leaderboard)

recognition-period-week = Esta semana
recognition-period-month = Este mes
recognition-period-all-time = Desde siempre
recognition-choose-period = Elige «Esta semana», «Este mes» o «Desde siempre».
recognition-leaderboard-empty = Todavía nadie ha ganado puntos en este periodo.
recognition-leaderboard-caption = Miembros con más puntos
recognition-col-rank = Puesto
recognition-col-member = Miembro
recognition-col-level = Nivel
recognition-chose-not-listed = Elegiste no aparecer.
recognition-change-that = Cambiarlo
recognition-own-rank = { $points ->
    [one] Estás en el puesto { $rank } con { $points } punto.
   *[other] Estás en el puesto { $rank } con { $points } puntos.
}

## Miembro destacado del mes (página de inicio)

recognition-spotlight-title = Miembro destacado del mes

## Insignias (/badges) y la tarjeta de una insignia

recognition-badge-manual-note = La otorgan los moderadores.
recognition-rarity-none = Nadie la tiene todavía
recognition-rarity-rare = Rara: menos del 1 % de los miembros
recognition-rarity-held = La tiene el { $percent } % de los miembros

## Insignias para administradores (/admin/badges)

recognition-badges-members-page = Página de insignias de los miembros
recognition-badge-saved = Insignia guardada.
recognition-badge-form-new = Nueva insignia
recognition-badge-form-change = Cambiar la insignia
recognition-name = Nombre
recognition-badge-description = Para qué es
recognition-badge-description-hint = Los miembros lo leen en la página de insignias y en su perfil.
recognition-badge-icon = Icono
recognition-icon-chat = bocadillo
recognition-icon-chats = bocadillos
recognition-icon-heart = corazón
recognition-icon-star = estrella
recognition-icon-book = libro
recognition-icon-handshake = apretón de manos
recognition-icon-cake = pastel
recognition-icon-shield = escudo
recognition-icon-rocket = cohete
recognition-badge-rule = Se obtiene por
recognition-badge-rule-hint = Las insignias automáticas se otorgan cuando el recuento del miembro alcanza el umbral (en su próxima publicación, me gusta, historia o referido); las manuales las otorgan los moderadores desde un perfil.
recognition-awarded-by-moderators = Otorgada por los moderadores
recognition-badge-rule-posts = Publicaciones escritas en el foro
recognition-badge-rule-likes = Me gusta recibidos en publicaciones
recognition-badge-rule-stories-approved = Historias aprobadas
recognition-badge-rule-stories-featured = Historias destacadas
recognition-badge-rule-referrals = Amigos referidos que se unieron
recognition-badge-rule-member-days = Días desde que se unió
recognition-badge-threshold = Umbral
recognition-badge-threshold-hint = Cuántos hacen falta, para una insignia automática.
recognition-badge-make = Crear la insignia
recognition-badge-save = Guardar la insignia
recognition-cancel = Cancelar
recognition-badge-list = Todas las insignias
recognition-badge-counts = { $rule }: { $threshold }
recognition-badge-retired-note = Retirada: quien la tiene la conserva, nadie más la obtiene
recognition-badge-change = Cambiar
recognition-badge-change-named = Cambiar { $name }
recognition-badge-retire = Retirar
recognition-badge-retire-named = Retirar { $name }
recognition-badge-restore = Recuperar
recognition-badge-restore-named = Recuperar { $name }
recognition-badge-picture = Imagen
recognition-badge-picture-upload = Subir una imagen
recognition-badge-picture-new = Una imagen para { $name }
recognition-badge-picture-replace = Reemplazar la imagen de { $name }
recognition-badge-picture-help = JPEG, PNG, GIF o WebP; se muestra a 32 × 32 píxeles en lugar del icono y conserva la transparencia. Una imagen cuadrada queda mejor.
recognition-badge-picture-send = Subir
recognition-badge-picture-remove = Volver a usar el icono incluido
recognition-badge-name-length = Ponle a la insignia un nombre de 1 a { $max } caracteres.
recognition-badge-description-length = Explica para qué es la insignia en 1 a { $max } caracteres.
recognition-badge-control-characters = El nombre y la descripción no pueden contener caracteres de control.
recognition-badge-choose-icon = Elige uno de los iconos.
recognition-badge-unknown-rule = Una insignia no puede contar { $rule }; elige una opción de la lista.
recognition-badge-threshold-range = Una insignia automática necesita un umbral de 1 a { $max }.
recognition-that-badge = Esa insignia
recognition-badge-retired-already = Esa insignia ya está retirada.
recognition-badge-not-retired = Esa insignia no está retirada.

## Otorgar insignias y el miembro destacado del mes (moderadores, en un perfil)

recognition-badge-no-reason = Indica un motivo; el miembro lo verá.
recognition-reason-too-long = El motivo puede tener como máximo { $max } caracteres.
recognition-no-such-handle = Ningún miembro tiene ese nombre de usuario.
recognition-badge-own = No puedes otorgarte ni quitarte insignias a ti mismo.
recognition-badge-choose = Elige una insignia de la lista.
recognition-badge-award-retired = Esa insignia está retirada: ya no se otorga a nadie.
recognition-badge-award-automatic = Esa insignia se obtiene automáticamente; no se puede otorgar a mano.
recognition-badge-held-already = El miembro ya tiene esa insignia.
recognition-badge-not-held = El miembro no tiene esa insignia.
recognition-citation-length = Escribe una mención de 1 a 500 caracteres: ¿por qué este miembro?
recognition-spotlight-own = No puedes destacarte a ti mismo.

## Puntos para administradores (/admin/points)

recognition-adjusted = { $count ->
    [one] Ajustado en { $amount } punto.
   *[other] Ajustado en { $amount } puntos.
}
recognition-rules-title = Reglas para ganar puntos
recognition-rules-intro = Cada concesión se registra junto con el evento que la genera; el límite diario cuenta desde las 00:00 UTC. Desactivar una regla solo detiene las nuevas concesiones.
recognition-col-contribution = Contribución
recognition-col-daily-cap = Límite diario
recognition-col-on = Activa
recognition-save = Guardar
recognition-daily-cap-input = Límite diario (vacío para ninguno)
recognition-rule-welcome = Bono de bienvenida por unirse mediante la invitación de un amigo
recognition-rule-joined = Bono de bienvenida para cada miembro nuevo (una vez, al confirmar su dirección)
recognition-rule-checklist = Cada paso de la lista de bienvenida de un miembro nuevo (una vez por paso)
recognition-rule-challenge-hint = cada reto da sus propios puntos; esta cantidad no se usa
recognition-levels-title = Niveles
recognition-levels-intro = Los miembros alcanzan un nivel por sus puntos acumulados; el más bajo empieza en 0. Las recompensas pueden exigir un nivel.
recognition-level-add-title = Añadir un nivel
recognition-level-from = Desde (puntos)
recognition-add = Añadir
recognition-adjust-title = Ajustar los puntos de un miembro
recognition-adjust-intro = El miembro ve el motivo en su historial; el cambio queda en el registro de auditoría.
recognition-adjust-member = Miembro (nombre de usuario o correo electrónico)
recognition-adjust-amount = Puntos (en negativo para restar)
recognition-adjust-reason = Motivo
recognition-adjust = Ajustar
recognition-not-a-rule = { $rule } no es una regla.
recognition-the-amount = La cantidad
recognition-the-daily-cap = El límite diario
recognition-points-not-whole = { $what } debe ser un número entero de puntos, por ejemplo 10.
recognition-points-not-positive = { $what } debe ser mayor que cero.
recognition-points-too-many = { $what } puede ser como máximo { $max } puntos.
recognition-cap-below-amount = El límite diario es menor que una sola concesión; déjalo vacío para no tener límite o ponlo al menos igual a la cantidad.
recognition-that-rule = Esa regla
recognition-level-name-length = Ponle al nivel un nombre de 1 a 40 caracteres.
recognition-level-threshold-invalid = El umbral debe ser un número entero de puntos, 0 o más.
recognition-level-missing = Ese nivel no existe.
recognition-level-name-taken = Ya hay otro nivel con ese nombre.
recognition-level-threshold-taken = Ya hay otro nivel que empieza en esa cantidad de puntos.
recognition-level-lowest-moves = El nivel más bajo empieza en 0 puntos para que todos los miembros tengan un nivel; su umbral sigue siendo 0.
recognition-adjust-not-whole = La cantidad debe ser un número entero de puntos: 50 suma, -50 resta.
recognition-adjust-zero = La cantidad no puede ser cero.
recognition-adjust-too-many = Un ajuste mueve como máximo { $max } puntos.
recognition-adjust-no-reason = Indica un motivo; el miembro lo verá en su historial.
recognition-bad-request-key = Falta la clave de la solicitud o no es válida; recarga la página y vuelve a intentarlo.
recognition-no-such-member = Ningún miembro tiene ese nombre de usuario o correo electrónico.
recognition-adjust-own = No puedes ajustar tus propios puntos; pídeselo a otro administrador.
recognition-adjust-form-used = Este formulario ya se usó para otro ajuste; recarga la página.
recognition-adjust-below-zero = Eso dejaría el saldo del miembro por debajo de cero.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

recognition-period = Periodo
