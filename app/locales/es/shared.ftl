# La interfaz de Chorus en español. Tratamos de tú a los miembros, como es habitual en una comunidad.
# Traducido de en/: las mismas claves y los mismos marcadores.

## Común

loading = Cargando…
switch-current = (actual)
points-amount = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}

## Errores que puede mostrar cualquier página (app/src/error.rs)

error-unauthorized = Inicia sesión para continuar.
error-forbidden = No tienes permiso para hacer eso.
error-unconfirmed = Primero confirma tu dirección de correo: abre el enlace que te enviamos o pide uno nuevo desde la página de tu cuenta.
error-not-found = { $what }: no se ha encontrado.
error-gone = { $what }: ya no está disponible.
error-rate-limited = Demasiados intentos. Espera { $wait } y vuelve a intentarlo.
error-wait-second = un segundo
error-wait-seconds = { $seconds } segundos
error-wait-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
error-internal = Algo ha fallado por nuestra parte. Vuelve a intentarlo dentro de un momento.
error-transport = No se ha podido contactar con el servidor ({ $why }). Comprueba tu conexión y vuelve a intentarlo.
error-form-unreadable = No se ha podido leer el formulario: { $why }

## Lo que un error puede decir que no se ha encontrado (antes de error-not-found)

error-that-active-token = Ese token activo
error-that-application = Esa solicitud
error-that-category = Esa categoría
error-that-endpoint = Ese endpoint
error-that-group = Ese grupo
error-that-group-member = Ese miembro del grupo
error-that-link = Ese enlace
error-that-member = Ese miembro
error-that-picture = Esa imagen
error-that-post = Esa publicación
error-that-provider = Ese proveedor
error-that-request = Esa petición
error-that-reward = Esa recompensa
error-that-survey = Esa encuesta
error-that-topic = Ese tema
error-that-upload = Esa subida
error-that-page = La página { $page } (la última es la { $last })
error-that-legal-version = La versión { $version } { $kind ->
    [terms] de las condiciones del servicio
    [privacy] del aviso de privacidad
   *[guidelines] de las normas de la comunidad
}
