## Descargar tus datos (/me/data)

privacy-data-title = Descargar tus datos
privacy-data-intro = Un archivo (JSON) con todo lo que esta comunidad guarda sobre ti:
privacy-data-profile = tu perfil, los nombres de usuario que usaste antes y tu configuración de notificaciones;
privacy-data-posts = todas las publicaciones que escribiste, con las versiones anteriores de las que editaste, y los temas que iniciaste, que sigues y que te gustaron;
privacy-data-stories = tus historias y su historial de revisión;
privacy-data-points = tu registro de puntos, tus insignias, tus retos, las recompensas que canjeaste (con sus códigos) y tus referidos;
privacy-data-rest = tus respuestas a encuestas, tus notificaciones, las versiones de las condiciones que aceptaste, los correos que te enviamos y las imágenes que subiste (como enlaces).
privacy-data-hint = Puedes descargarlo cinco veces por hora. Guarda el archivo en un lugar seguro: los códigos de recompensa que contiene se pueden usar.
privacy-data-download = Descargar mis datos (JSON)
privacy-back-to-profile = Volver a tu perfil

## Eliminar tu cuenta (/me/delete)

privacy-delete-title = Eliminar tu cuenta
privacy-delete-intro = La eliminación de tu cuenta no se puede deshacer. Cuando la confirmes:
privacy-delete-personal = se borran tu nombre, tu dirección de correo, tu imagen, tu biografía y tus enlaces, y se cierra tu sesión en todas partes;
privacy-delete-stories = tus historias se retiran de todas las páginas públicas y su texto se borra;
privacy-delete-points = pierdes tu saldo de puntos y se cancelan las recompensas que aún no se han enviado;
privacy-delete-referrals = los referidos que hiciste siguen contando en las cifras del programa, sin nada que diga quién eres.
# «Quizá quieras [descargar tus datos] antes.»: las palabras antes del enlace, el enlace y las palabras después.
privacy-delete-download-before = Quizá quieras
privacy-delete-download = descargar tus datos
privacy-delete-download-after = {" "}antes.
privacy-your-posts = Tus publicaciones en el foro
# Qué pasa con las publicaciones, aquí y en la página de los administradores.
privacy-posts-keep = Conservarlas, como publicaciones de un miembro eliminado
privacy-posts-remove-yours = Eliminarlas (los temas que iniciaste pierden su título; las respuestas de otros se quedan)
privacy-password = Tu contraseña
privacy-password-missing = Escribe tu contraseña.
privacy-confirm = Entiendo que mi cuenta se elimina para siempre.
privacy-delete-mine = Eliminar mi cuenta
privacy-keep-mine = Conservar mi cuenta

## Después de eliminarla (/goodbye)

privacy-goodbye-title = Tu cuenta se ha eliminado
privacy-goodbye-text = Se ha borrado todo lo que decía quién eras y se ha cerrado tu sesión. Gracias por haber formado parte de la comunidad.
privacy-goodbye-home = Ir a la página de inicio

## Eliminar la cuenta de un miembro (/admin/members/<id>/delete, administradores)

privacy-admin-title = Eliminar la cuenta de un miembro
privacy-admin-already = Esta cuenta está eliminada.
privacy-back-to-members = Volver a los miembros
privacy-admin-what = Se borran sus datos personales, se retiran sus historias, pierde su saldo y se cierran sus sesiones. No se puede deshacer.
privacy-admin-is-admin = Este miembro es administrador: primero asígnale otro rol.
privacy-their-posts = Sus publicaciones en el foro
privacy-posts-remove = Eliminarlas
privacy-reason = Motivo (se guarda en el registro de auditoría)
privacy-admin-delete = Eliminar esta cuenta
# Lo que se hizo, para el administrador (el registro de auditoría lo guarda en inglés). $by es admin o member,
# $posts es keep o remove.
privacy-deleted-summary = { $by ->
        [member] Eliminada por el miembro
       *[admin] Motivo: { $reason }
    }. Publicaciones { $posts ->
        [keep] conservadas
       *[remove] eliminadas
    }: { $removed ->
        [one] { $removed } eliminada
       *[other] { $removed } eliminadas
    }; { $stories ->
        [one] { $stories } historia retirada
       *[other] { $stories } historias retiradas
    }; { $points ->
        [one] { $points } punto perdido
       *[other] { $points } puntos perdidos
    }; { $rewards ->
        [one] { $rewards } recompensa pendiente cancelada
       *[other] { $rewards } recompensas pendientes canceladas
    }.

## Comprobaciones y respuestas del servidor

privacy-confirm-missing = Marca la casilla para confirmar que la eliminación no se puede deshacer.
privacy-wrong-password = Esa contraseña no es correcta.
privacy-posts-missing = Elige si las publicaciones se quedan o se eliminan.
privacy-not-yourself = Elimina tu propia cuenta desde tu página de perfil, no desde aquí.
# El comienzo de «… puede tener como máximo 300 caracteres.»
privacy-what-reason = El motivo
privacy-reason-missing = Indica por qué se elimina la cuenta (para el registro de auditoría).
privacy-admin-undeletable = No se puede eliminar una cuenta de administrador: primero asígnale otro rol.
# El sujeto de «… no se ha encontrado.»
privacy-that-member = Ese miembro
privacy-that-account = Esa cuenta
