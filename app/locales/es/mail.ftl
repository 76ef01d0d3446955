## Correos: lo que comparten todos los correos (app/src/mail/templates/layout.*, button.html)

mail-hello = Hola, { $name }:
# El pie de cada correo, seguido de la dirección de la comunidad.
mail-footer-account = Recibes este correo por tu cuenta en { $community }
mail-unsubscribe = Darte de baja de estos correos
mail-button-fallback = Si el botón no funciona, copia esta dirección en tu navegador:

## Restablecer la contraseña (reset.*)

mail-reset-subject = Restablece tu contraseña
mail-reset-asked = Alguien (esperamos que tú) ha pedido restablecer la contraseña de tu cuenta en { $community }.
mail-reset-choose = Elige una contraseña nueva aquí; el enlace funciona una sola vez, durante una hora:
mail-reset-once = El enlace funciona una sola vez, durante una hora.
mail-reset-action = Elegir una contraseña nueva
mail-reset-ignore = Si no lo has pedido tú, ignora este correo: tu contraseña no cambia.

## Una notificación enviada al momento (notification.*)

mail-notification-code = Tu código
mail-notification-open = Abrir
mail-notification-why = Recibes este correo porque «{ $topic }» está configurado como «Correo al momento» en tu cuenta en { $community }.
mail-notification-choose = Elige qué recibes por correo

## En varios correos

mail-hello-anonymous = Hola:
# Entre paréntesis tras una frase con enlace: «(el enlace es válido durante 48 horas)».
mail-link-valid = el enlace es válido durante { $valid }
mail-lifetime-hour = una hora
mail-lifetime-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
mail-confirm-action = Confirmar mi dirección
mail-not-you-reset = Si no has sido tú, restablece tu contraseña ahora y avísanos

## Contraseña cambiada (password_changed.*)

mail-password-changed-subject = Tu contraseña ha cambiado
mail-password-changed-text = La contraseña de tu cuenta en { $community } se acaba de cambiar y se ha cerrado la sesión en todos los dispositivos que la tenían abierta.

## Ha cambiado cómo inicia sesión un miembro (sign_in_changed.*)

mail-sign-in-changed-subject = Ha cambiado cómo inicias sesión
mail-sign-in-changed-see = Consulta cómo inicias sesión
mail-sign-in-linked = { $provider } se ha vinculado a tu cuenta: puedes iniciar sesión con él.
mail-sign-in-unlinked = { $provider } se ha desvinculado de tu cuenta: ya no te sirve para iniciar sesión.
mail-sign-in-two-factor-on = Se ha activado la verificación en dos pasos en tu cuenta.
mail-sign-in-two-factor-off = Se ha desactivado la verificación en dos pasos en tu cuenta.
mail-sign-in-new-codes = Se han creado códigos de recuperación nuevos para tu cuenta; los anteriores ya no sirven.
mail-sign-in-two-factor-reset = Un administrador ha desactivado la verificación en dos pasos de tu cuenta. Vuelve a configurarla en tu página de seguridad.

## Confirmar la dirección de una cuenta nueva (verify.*)

mail-verify-subject = Confirma tu dirección de correo
mail-verify-welcome = Te damos la bienvenida a { $community }.
mail-verify-confirm = Confirma que esta es tu dirección para empezar a publicar, compartir tu historia y canjear recompensas
mail-verify-ignore = Si no has creado ninguna cuenta, ignora este correo y no pasará nada más.

## Alguien se registró con una dirección que ya tiene cuenta (already_registered.*)

mail-already-registered-subject = Alguien ha intentado usar tu dirección
mail-already-registered-join-subject = Alguien ha intentado unirse con tu dirección
mail-already-registered-text = Alguien ha intentado crear una cuenta en { $community } con esta dirección, que ya tiene una.
mail-already-registered-sign-in = Si has sido tú, inicia sesión
mail-already-registered-forgot = ¿Has olvidado tu contraseña? Elige una nueva
mail-already-registered-ignore = Si no has sido tú, puedes ignorar este correo: no ha cambiado nada.

## Cambia la dirección de un miembro (email_changed.*, email_change.*, email_change_requested.*)

mail-email-changed-subject = Tu dirección de correo ha cambiado
mail-email-changed-text = Tu cuenta en { $community } usa ahora la dirección { $address }; a partir de ahora los correos irán allí.
mail-email-changed-not-you = Si no lo has pedido tú, responde a este correo o ponte en contacto enseguida con el equipo de la comunidad.
mail-email-change-subject = Confirma tu nueva dirección de correo
mail-email-change-text = Para pasar tu cuenta en { $community } a esta dirección, abre este enlace
mail-email-change-action = Usar esta dirección
mail-email-change-ignore = Si no lo has pedido tú, ignora este correo: no cambia nada.
mail-email-change-requested-subject = Se ha pedido cambiar tu dirección de correo
mail-email-change-requested-text = Alguien con la sesión iniciada en tu cuenta en { $community } ha pedido pasarla a { $address }. No cambiará nada hasta que se abra el enlace enviado a esa dirección.
mail-email-change-requested-not-you = Si no has sido tú, cambia tu contraseña ahora

## Una invitación (invitation.*)

mail-invitation-subject = Te han invitado a unirte
mail-invitation-text = { $inviter } te ha invitado a unirte a { $community }, nuestra comunidad de clientes: pregunta y responde en los foros, comparte tu historia y gana puntos para conseguir recompensas.
mail-invitation-accept = { $days ->
    [one] Acepta la invitación y elige tu contraseña aquí (el enlace es válido durante { $days } día y, al abrirlo, tu dirección queda confirmada)
   *[other] Acepta la invitación y elige tu contraseña aquí (el enlace es válido durante { $days } días y, al abrirlo, tu dirección queda confirmada)
}
mail-invitation-action = Aceptar la invitación
mail-invitation-ignore = Si no quieres unirte, ignora este correo y no pasará nada más.

## Solicitudes para unirse (application_*)

mail-application-confirm-subject = Confirma tu dirección para enviar tu solicitud
mail-application-confirm-text = Gracias por solicitar unirte a { $community }. Confirma que esta es tu dirección y tu solicitud llegará al equipo
mail-application-confirm-next = Te escribiremos cuando hayan decidido. Si no has enviado ninguna solicitud, ignora este correo y no pasará nada más.
mail-application-approved-subject = Te damos la bienvenida: tu solicitud ha sido aprobada
mail-application-approved-text = Buenas noticias: tu solicitud para unirte a { $community } ha sido aprobada. Inicia sesión con la dirección y la contraseña con las que la enviaste:
mail-application-approved-action = Iniciar sesión
mail-application-approved-welcome = Te damos la bienvenida.
mail-application-declined-subject = Sobre tu solicitud para unirte
mail-application-declined-text = Gracias por tu interés en { $community }. El equipo ha revisado tu solicitud y esta vez no puede aceptarla.
mail-application-declined-note = La nota del equipo:
mail-application-declined-end = No se ha creado ninguna cuenta; no pasará nada más.

## Un miembro suspendido o silenciado (restricted.*); { $until } es una fecha y hora

mail-restricted-suspended-subject = Tu cuenta está suspendida
mail-restricted-silenced-subject = No puedes publicar durante un tiempo
mail-restricted-suspended = Tu cuenta en { $community } está suspendida hasta el { $until } (UTC): no puedes iniciar sesión hasta entonces.
mail-restricted-silenced = No puedes publicar en { $community } hasta el { $until } (UTC). Puedes seguir iniciando sesión y leyendo.
mail-restricted-reason = El motivo del equipo:
mail-restricted-mistake = Si crees que es un error, responde a este correo.

## El regalo de bienvenida de un amigo recomendado (friend_gift.*)

mail-friend-gift-subject = Tu regalo de bienvenida
mail-friend-gift-text = Te damos la bienvenida a { $community }. Como te ha invitado un miembro, aquí tienes tu regalo de bienvenida, { $gift }:
mail-friend-gift-again = Puedes volver a encontrarlo en tu página de recomendaciones
mail-friend-gift-action = Verlo en tu página de recomendaciones

## Una cuenta traída de otro programa (imported_welcome.*)

mail-imported-subject = Tu cuenta está lista
mail-imported-text = Tu cuenta en { $community } está lista: el programa en el que participabas se ha mudado aquí, con tus puntos y tus historias. Inicias sesión con tu dirección de correo; elige una contraseña aquí:
mail-imported-action = Elegir tu contraseña
mail-imported-next = Escribe allí esta dirección y te enviaremos un enlace para establecer tu contraseña.

## El correo de prueba de los administradores (test.*)

mail-test-subject = Correo de prueba
mail-test-text = Este es un correo de prueba enviado por { $sender } desde la página de correo de { $community }.
mail-test-reaches = Si puedes leerlo, el correo de { $origin } llega a esta dirección.

## El resumen (digest.*); { $period } es «day» o «week»

mail-digest-subject = { $period ->
    [day] Tu resumen diario
   *[week] Tu resumen semanal
}
mail-digest-intro = { $period ->
    [day] Esto es lo que ha pasado hoy para ti
   *[week] Esto es lo que ha pasado esta semana para ti
}
mail-digest-heading = { $period ->
    [day] Para ti hoy
   *[week] Para ti esta semana
}
mail-digest-popular = Popular en la comunidad
mail-digest-topic = { $posts ->
    [one] { $title } ({ $posts } publicación nueva)
   *[other] { $title } ({ $posts } publicaciones nuevas)
}
mail-digest-stories = Historias destacadas nuevas
mail-digest-why = Recibes este resumen por tu cuenta en { $community }.
