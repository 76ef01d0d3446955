# Volver a entrar: una contraseña olvidada, una nueva, confirmar una dirección y la página tras registrarse.

## ¿Olvidaste tu contraseña?

recovery-forgot-title = ¿Olvidaste tu contraseña?
recovery-forgot-intro = Escribe la dirección con la que te uniste y te enviaremos por correo un enlace para elegir una contraseña nueva.
recovery-email = Correo electrónico
recovery-email-me = Enviarme un enlace
recovery-reset-sent = Si alguna cuenta usa esa dirección, te llegará un enlace para elegir una contraseña nueva. Funciona una sola vez, durante una hora.
recovery-reset-nothing = ¿No te llegó nada en unos minutos? Revisa la carpeta de spam o vuelve a intentarlo.
# Antes del enlace «Iniciar sesión».
recovery-remembered = ¿Ya la recordaste?
recovery-sign-in = Iniciar sesión

## Elegir una contraseña nueva

recovery-reset-title = Elige una contraseña nueva
recovery-ask-new-link = Pedir un enlace nuevo
recovery-new-password = Nueva contraseña
recovery-new-password-hint = Al menos 10 caracteres. Se cerrará la sesión en todos los dispositivos conectados a tu cuenta.
recovery-set-password = Guardar mi nueva contraseña

## Confirmar la dirección de correo

recovery-confirm-title = Confirma tu dirección de correo
recovery-confirm-intro = Con un clic tu dirección queda confirmada y se inicia tu sesión.
recovery-confirm-button = Confirmar mi dirección
# Antes del enlace «Inicia sesión»: «¿Caducó el enlace? Inicia sesión y envía uno nuevo desde la página de tu cuenta.»
recovery-link-expired = ¿Caducó el enlace?
# El enlace en medio de esa frase.
recovery-link-expired-link = Inicia sesión
# Después del enlace «Inicia sesión».
recovery-link-expired-after = y envía uno nuevo desde la página de tu cuenta.

## Revisa tu correo (después de registrarse)

recovery-check-title = Revisa tu correo
recovery-check-applied = Enviamos un enlace a la dirección que nos diste. Ábrelo para confirmar tu dirección: después tu solicitud pasa al equipo y te enviaremos su decisión por correo.
recovery-check-joined = Enviamos un enlace a la dirección que nos diste. Ábrelo para confirmar tu dirección e iniciar sesión; después podrás publicar, compartir tu historia y canjear recompensas.
recovery-check-nothing = ¿No te llegó nada en unos minutos? Revisa la carpeta de spam. También puedes iniciar sesión y volver a enviar el enlace.

## Lo que responde el servidor

recovery-account-removed = Este enlace ya no es válido: la cuenta se eliminó.
recovery-old-address = Este enlace era para una dirección que tu cuenta ya no usa.
recovery-address-taken = Otra cuenta usa ahora esa dirección, así que la tuya no puede cambiarse a ella.
