# Cuentas: iniciar y cerrar sesión, la página de la cuenta, los roles y lo que comprueban los formularios de la cuenta y el servidor.

## Página de inicio de sesión

accounts-sign-in = Iniciar sesión
accounts-forgot-password = ¿Olvidaste tu contraseña?
# Antes del enlace «Crear una cuenta».
accounts-new-here = ¿Primera vez aquí?
accounts-create-account = Crear una cuenta
accounts-signed-out-provider = Cerraste sesión en esta comunidad. Es posible que sigas con la sesión iniciada en { $provider }: si usas un dispositivo compartido, ciérrala también allí.
# Para lectores de pantalla: la lista de botones de los proveedores de inicio de sesión.
accounts-sign-in-with-list = Iniciar sesión con
accounts-sign-in-with = Iniciar sesión con { $provider }
accounts-password-off = Aquí no se puede iniciar sesión con contraseña.
# Entre los botones de los proveedores y el formulario de contraseña.
accounts-or-members-password = o, si eres miembro, con tu contraseña
accounts-or-password = o con tu contraseña
accounts-email = Correo electrónico
accounts-password = Contraseña
accounts-signing-in = Iniciando sesión…
accounts-sign-out = Cerrar sesión

## Segundo paso del inicio de sesión

accounts-two-factor-title = Verificación en dos pasos
# Antes del enlace «Iniciar sesión».
accounts-no-code-waiting = No hay ningún inicio de sesión esperando un código.
accounts-code-intro = Escribe el código de 6 dígitos que muestra ahora tu app de autenticación, o uno de tus códigos de recuperación.
accounts-code = Código
accounts-remember-device = Recordar este dispositivo durante 30 días
accounts-lost-phone = ¿Perdiste el teléfono y los códigos de recuperación? Los administradores de la comunidad pueden desactivarte la verificación en dos pasos.
# Nombre del código QR para lectores de pantalla, en la página de seguridad.
accounts-qr-label = Código QR para tu app de autenticación

## Página de la cuenta

accounts-your-account = Tu cuenta
accounts-loading-account = Cargando tu cuenta…
accounts-note-confirmed = Tu dirección de correo está confirmada. ¡Te damos la bienvenida!
accounts-note-joined = ¡Te damos la bienvenida! Tu cuenta está lista y tu dirección, confirmada.
accounts-note-reset = Tu nueva contraseña está guardada y se cerró la sesión en todos los demás dispositivos.
accounts-role = Rol
accounts-member-since = Miembro desde
accounts-email-settings = Elige qué recibes por correo
accounts-profile-link = Tu perfil y tu foto
accounts-security-link = Inicio de sesión y seguridad
accounts-display-name = Nombre visible
accounts-save-name = Guardar nombre
accounts-name-saved = Guardado. Ahora apareces como { $name }.
accounts-unconfirmed-title = Confirma tu dirección de correo
accounts-unconfirmed-text = Abre el enlace que te enviamos por correo para empezar a publicar, compartir tu historia, canjear recompensas y responder encuestas. Hasta entonces puedes leerlo todo.
accounts-send-link-again = Enviar el enlace de nuevo
accounts-link-sent-again = Te enviamos un enlace nuevo. Es válido durante 48 horas.
accounts-email-address = Dirección de correo
# Antes de la dirección del miembro (en negrita): «Los correos llegan a ada@example.com. Para usar otra dirección, …».
accounts-emails-go-to = Los correos llegan a
# Después de la dirección del miembro, con su punto.
accounts-emails-go-to-after = . Para usar otra dirección, confírmala desde allí.
accounts-new-email = Nueva dirección de correo
accounts-current-password = Contraseña actual
accounts-change-address = Cambiar dirección
accounts-email-link-sent = Enviamos un enlace a { $address }. Tu dirección cambia cuando lo abras.
accounts-new-password = Nueva contraseña
accounts-new-password-hint = Al menos 10 caracteres. Se cerrará la sesión en los demás dispositivos.
accounts-change-password = Cambiar contraseña
accounts-password-changed = Contraseña cambiada. Se cerró la sesión en los demás dispositivos.

## Una página solo para el equipo

accounts-checking-access = Comprobando tu acceso…
accounts-forbidden-title = No tienes acceso a esta página
accounts-forbidden-text = Esta página es para el equipo de la comunidad. Si crees que deberías tener acceso, pídeselo a un administrador.
accounts-forbidden-home = Ir a la página de inicio

## Roles

accounts-role-member = Embajador
accounts-role-moderator = Moderador
accounts-role-admin = Administrador

## Quién puede iniciar sesión con contraseña (lo eligen los administradores)

accounts-password-policy-everyone = Todos pueden iniciar sesión con contraseña
accounts-password-policy-members = Solo los miembros: moderadores y administradores inician sesión con un proveedor
accounts-password-policy-nobody = Nadie: todos inician sesión con un proveedor
accounts-password-refused-off = Aquí no se puede iniciar sesión con contraseña: usa uno de los proveedores de inicio de sesión.
accounts-password-refused-staff = Aquí los moderadores y administradores inician sesión con un proveedor, no con contraseña.

## Lo que comprueban los formularios

accounts-email-missing = Escribe tu dirección de correo.
accounts-email-too-long = Una dirección de correo puede tener como máximo { $max } caracteres.
accounts-email-invalid = Escribe una dirección de correo como nombre@example.com.
accounts-name-missing = Escribe un nombre visible.
accounts-name-too-long = Un nombre visible puede tener como máximo { $max } caracteres.
accounts-name-invisible = Un nombre visible no puede contener caracteres invisibles ni de control.
accounts-password-too-short = Usa al menos { $min } caracteres (tienes { $length }).
accounts-password-too-long = Usa como máximo { $max } caracteres (tienes { $length }).
accounts-password-common = Esa contraseña es de las más comunes. Elige algo más difícil de adivinar.
accounts-password-personal = Tu contraseña no puede ser tu dirección de correo ni tu nombre.
accounts-password-missing = Escribe tu contraseña.
accounts-current-password-missing = Escribe tu contraseña actual.

## Lo que responde el servidor

# Las mismas palabras para una dirección desconocida y una contraseña incorrecta, para que nadie sepa quién tiene cuenta.
accounts-sign-in-refused = Ese correo y esa contraseña no coinciden con ninguna cuenta.
accounts-application-waiting = Tu solicitud para unirte está pendiente: confirma tu dirección desde el correo que te enviamos y el equipo te comunicará su decisión por correo.
accounts-current-password-wrong = Tu contraseña actual no es correcta.
accounts-password-changed-elsewhere = Tu contraseña se acaba de cambiar en otro lugar. Vuelve a iniciar sesión.
accounts-already-confirmed = Tu dirección ya está confirmada.
accounts-same-address = Esa ya es tu dirección.
accounts-second-factor-due = Primero activa la verificación en dos pasos en /me/security: los administradores la exigen a moderadores y administradores.
accounts-second-factor-expired = Este inicio de sesión esperó demasiado. Vuelve a iniciar sesión.
accounts-second-factor-wrong = Ese código no es correcto o ya se usó. Prueba con el código más reciente.
accounts-link-used = Este enlace ya se usó, o después se envió uno más reciente. Usa el correo más reciente o pide un enlace nuevo.
accounts-link-expired = Este enlace caducó. Pide uno nuevo.
accounts-link-invalid = Este enlace no es válido. Comprueba que lo copiaste completo del correo.
# $until es una fecha; $reason son las palabras del propio equipo.
accounts-suspended = Tu cuenta está suspendida hasta el { $until } (UTC). Motivo del equipo: { $reason }
accounts-silenced = No puedes publicar hasta el { $until } (UTC); puedes seguir leyendo. Motivo del equipo: { $reason }

## Por qué un inicio de sesión con un proveedor no se completó

accounts-sso-provider = Ese proveedor de inicio de sesión no está disponible ahora. Vuelve a intentarlo en un momento o inicia sesión de otra forma.
accounts-sso-state = Ese inicio de sesión no se empezó en este navegador o tardó demasiado. Vuelve a empezar.
accounts-sso-denied = El proveedor no inició tu sesión. Vuelve a empezar si era lo que querías.
accounts-sso-token = La respuesta del proveedor no superó nuestras comprobaciones, así que no se inició tu sesión. Vuelve a empezar; si sigue fallando, avisa a los administradores de la comunidad.
accounts-sso-no-email = El proveedor no nos dio tu dirección de correo, así que no podemos encontrar ni crear tu cuenta.
accounts-sso-unverified = El proveedor no confirma que esa dirección de correo sea tuya, así que no podemos usarla para encontrar ni crear una cuenta. Inicia sesión con tu contraseña y vincula el proveedor desde tu página de seguridad.
accounts-sso-no-account = Ninguna cuenta de aquí usa esa dirección de correo y este proveedor no puede crear una. Únete primero o consulta a los administradores de la comunidad.
accounts-sso-closed = Esa cuenta no puede iniciar sesión: está suspendida o se eliminó.
accounts-sso-taken = Esa identidad ya está vinculada a otra cuenta de aquí.
