## Notificaciones: lo que dice cada una (en /me/notifications, en correos y resúmenes)

notifications-reply = { $actor } ha respondido en «{ $title }»
notifications-mention = { $actor } te ha mencionado en «{ $title }»
notifications-like = A { $actor } le ha gustado tu publicación en «{ $title }»
notifications-redemption-fulfilled = Tu recompensa «{ $title }» se ha entregado
notifications-redemption-cancelled = Tu canje de «{ $title }» se ha cancelado y se te han devuelto los puntos
notifications-badge = Has ganado la insignia «{ $title }»
notifications-story-deleted = (eliminada)
notifications-story-approved = Tu historia «{ $title }» ha sido aprobada
notifications-story-changes = Un moderador ha pedido cambios en tu historia «{ $title }»
notifications-story-rejected = Tu historia «{ $title }» no ha sido aceptada
notifications-story-featured = Tu historia «{ $title }» está destacada
notifications-story-unfeatured = Tu historia «{ $title }» ya no está destacada
notifications-story-archived = Tu historia «{ $title }» ha sido archivada
notifications-challenge-approved = Tu participación en el reto «{ $title }» ha sido aprobada
notifications-challenge-rejected = Tu participación en el reto «{ $title }» no ha sido aceptada
notifications-referral-customer = Un cliente que recomendaste ha hecho un pedido y su recompensa ya está en tus puntos
notifications-referral-joined = { $actor } se ha unido gracias a tu recomendación y su recompensa ya está en tus puntos

## La página de notificaciones (/notifications)

notifications-title = Notificaciones
notifications-choose-email = Elige qué recibes por correo
notifications-empty = Todavía no hay nada. Aquí aparecerán las respuestas en los temas que sigues, las menciones y los «me gusta» a tus publicaciones.
notifications-new = Nueva
notifications-pages = Páginas
notifications-newer = ← Más recientes
notifications-older = Más antiguas →

## Ajustes de correo (/me/notifications/settings)

notifications-settings-title = Ajustes de correo
notifications-settings-heading = Qué recibes por correo
notifications-settings-intro = Todo aparece también en tu página de notificaciones. Cada correo incluye un enlace para dejar de recibir ese tipo.
notifications-settings-caption = Correo para cada tipo de notificación
notifications-settings-when = Cuándo
notifications-settings-by-email = Por correo
notifications-topic-reply = Respuestas en temas que sigo
notifications-topic-mention = Alguien me menciona
notifications-topic-story = Una decisión sobre mi historia
notifications-topic-challenge = Una decisión sobre mi participación en un reto
notifications-topic-reward = Mi recompensa se entrega o se cancela
notifications-topic-badge = Gano una insignia
notifications-topic-referral = Alguien a quien recomendé me hace ganar una recompensa
notifications-delivery-off = Ningún correo
notifications-delivery-now = Correo al momento
notifications-delivery-digest = En mi resumen
notifications-settings-digest = Resumen
notifications-settings-daily = Diario
notifications-settings-weekly = Semanal
notifications-settings-save = Guardar
notifications-settings-saved = Guardado.
notifications-delivery-invalid = { $value } no es una opción para «{ $topic }»: usa now, digest u off.
notifications-digest-every-invalid = Elige un resumen diario o semanal.

## Darse de baja desde un enlace de un correo (/unsubscribe)

notifications-list-digest = El resumen
notifications-unsubscribe = Darme de baja
notifications-unsubscribe-question = ¿Dejar de recibir correos de «{ $topic }»?
notifications-unsubscribe-incomplete = Este enlace para darse de baja está incompleto.
notifications-unsubscribe-done = Hecho: ya no recibirás correos de «{ $topic }».
notifications-unsubscribe-invalid = Este enlace para darse de baja no es válido. Cambia los ajustes de correo en tu cuenta.
