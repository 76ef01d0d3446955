## Elementos de muchas páginas

# Los botones de una decisión del equipo (un referido, un reto completado, una publicación retenida).
ui-approve = Aprobar
ui-reject = Rechazar

## La paginación bajo una lista

# Nombre de la paginación, para lectores de pantalla.
ui-pages = Páginas
ui-previous = ← Anterior
ui-page-of = Página { $page } de { $last }
ui-next = Siguiente →

## Una página que no se pudo mostrar

ui-problem-not-found = No encontrado
ui-problem-gone = Ya no está disponible
ui-problem-sign-in = Inicia sesión
ui-problem-forbidden = No permitido
ui-problem-unconfirmed = Confirma tu dirección de correo
ui-problem-restricted = No mientras tengas una restricción
ui-problem-other = Algo salió mal
ui-back-to-forum = Volver al foro

## Una cola de moderación

ui-nothing-here = No hay nada aquí.

## Las líneas rechazadas de un archivo subido

ui-refused-lines = Líneas rechazadas
# Encabezados de columna: el número de la línea, luego (otra columna) de qué trataba la línea y luego por qué se rechazó.
ui-refused-line = Línea
ui-refused-why = Motivo
# En la columna de línea, cuando se rechazó el archivo entero.
ui-refused-the-file = El archivo
ui-refused-more = { $count ->
    [one] …y { $count } línea rechazada más.
   *[other] …y { $count } líneas rechazadas más.
}

## Compartir un enlace

ui-share-story = Comparte esta historia
ui-share-link = Enlace
ui-copy-link = Copiar enlace
ui-link-copied = Enlace copiado.
ui-share-x = Compartir en X (Twitter)
ui-share-linkedin = Compartir en LinkedIn
ui-share-email = Compartir por correo

## Los puntos de un miembro

ui-balance = Saldo
# Los puntos ganados desde siempre.
ui-lifetime = Total histórico
ui-level = Nivel
ui-points-to-level = { $points ->
    [one] { $points } punto para llegar a { $level }
   *[other] { $points } puntos para llegar a { $level }
}
