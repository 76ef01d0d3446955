## Importaciones: la página de importación de los administradores

imports-title = Importar
imports-intro = Trae un programa desde hojas de cálculo (CSV, con la primera línea nombrando las columnas). Importa primero a los miembros: los saldos y los testimonios encuentran a su miembro por la dirección de correo. La vista previa prueba cada línea y no cambia nada; las líneas importadas antes se omiten, así que una importación que se detuvo a medias se termina enviando de nuevo el archivo.

## Los cuatro tipos de importación (pestañas y encabezados)

imports-kind-members = Miembros
imports-kind-balances = Saldos iniciales de puntos
imports-kind-testimonials = Testimonios
imports-kind-codes = Códigos de recompensa

## Las columnas de cada tipo

imports-columns = Columnas
imports-col-column = Columna
imports-col-needed = Obligatoria
imports-col-holds = Qué contiene
imports-yes = sí
imports-no = no
# «Member» es el nombre que recibe un miembro sin nombre (así se guarda).
imports-col-members-email = la dirección del miembro, con la que inicia sesión
imports-col-members-name = se muestra junto a sus publicaciones; «Member» si está vacío (la dirección nunca se muestra)
imports-col-members-groups = direcciones o nombres de grupos, separados por ;
imports-col-balances-email = la dirección de un miembro (importa primero a los miembros)
imports-col-balances-points = un número entero mayor que cero
# «Opening balance» es el motivo que recibe un saldo sin motivo (así se guarda).
imports-col-balances-reason = lo que el miembro lee en su historial de puntos; «Opening balance» si está vacío
imports-col-balances-key = única por fila, para que repetir la importación no añada nada dos veces; la dirección si está vacía (un saldo inicial por miembro)
imports-col-testimonials-email = la dirección del autor: un miembro (importa primero a los miembros)
imports-col-testimonials-title = hasta 120 caracteres
imports-col-testimonials-body = la historia, en Markdown
imports-col-testimonials-product = el producto o el área de la que trata
imports-col-testimonials-rating = de 1 a 5
# named, anonymous e internal son los valores de la columna.
imports-col-testimonials-consent = lo que aceptó el autor: named, anonymous o internal (nunca se publica)
imports-col-testimonials-quote = una frase corta para el muro
imports-col-testimonials-company = la empresa del autor
imports-col-testimonials-job-title = el puesto del autor
# yes es el valor de la columna.
imports-col-testimonials-featured = yes para destacarlo en el muro (no uno interno)
imports-col-testimonials-key = única por fila, para que repetir la importación no añada nada dos veces; se forma con el autor, el título y el texto si está vacía
imports-col-codes-reward = el título o el número de una recompensa de código de descuento
imports-col-codes-code = un código; los que ya están en la reserva de la recompensa se omiten

## Indicaciones bajo las columnas

imports-hint-no-groups = Todavía no hay grupos: las filas que nombran un grupo se rechazan hasta que exista.
imports-hint-groups = Grupos: { $groups }.
imports-hint-no-code-rewards = Todavía no hay ninguna recompensa de código de descuento: crea una primero en Recompensas.
imports-hint-code-rewards = Recompensas de código de descuento: { $rewards }.
imports-hint-balances = Cada saldo es una fila en el historial de puntos del miembro, con su motivo; cuenta para los niveles como los puntos ganados.
imports-hint-testimonials = Cada uno se convierte en la historia de su autor, aprobada (y destacada si la fila lo indica) como estaba en su origen; el consentimiento decide dónde se muestra. No se conceden puntos.

## El formulario de subida

imports-format = Hasta { $max } filas a la vez; columnas en cualquier orden. Una celda que contiene una coma va entre comillas.
imports-paste = Pegar filas
# Valores de ejemplo en el texto de ayuda del cuadro, tras los nombres de las columnas; sin comas.
imports-example-balance-reason = Saldo de nuestro programa anterior
imports-example-testimonial-title = Lanzamiento en una semana
imports-example-testimonial-body = Trasladamos nuestros lanzamientos…
imports-example-testimonial-product = Tableros
imports-example-code-reward = 10 % de descuento en tu próximo pedido
imports-file = O elige un archivo CSV
imports-welcome = Avisar por correo a cada miembro nuevo de que su cuenta está lista, con un enlace para elegir una contraseña
imports-preview = Vista previa
imports-import-members = Importar miembros
imports-import-balances = Importar saldos
imports-import-testimonials = Importar testimonios
imports-import-codes = Importar códigos

## El informe de una ejecución

imports-refused-whole = Se rechazó el archivo: no se importó nada
# $kind es members, balances, testimonials o codes.
imports-preview-heading = Vista previa de { $kind ->
    [balances] saldos iniciales de puntos
    [testimonials] testimonios
    [codes] códigos de recompensa
   *[members] miembros
}: no se importó nada
# $title es el título del tipo, como «Miembros».
imports-stopped-heading = { $title }: la importación se detuvo a medias
imports-done-heading = { $title } importados
# Una frase con cifras; $preview es yes en una vista previa.
imports-summary = Filas leídas: { $read }. { $kind ->
    [balances] Saldos
    [testimonials] Testimonios
    [codes] Códigos
   *[members] Miembros
} { $preview ->
    [yes] que se importarían
   *[no] importados
}: { $imported }; { $kind ->
    [balances] importados antes
    [testimonials] importados antes
    [codes] ya en la reserva
   *[members] ya tenían cuenta (añadidos a los grupos de su línea)
}: { $already }; rechazadas: { $refused }.
imports-would-email = Correos de bienvenida que se enviarían: { $count }.
imports-emailed = Correos de bienvenida enviados: { $count }.
imports-first-rows-preview = Las primeras filas que se importarían
imports-first-rows = Las primeras filas importadas
imports-line = Línea
imports-head-email = Correo
imports-head-name = Nombre
imports-head-groups = Grupos
imports-head-points = Puntos
imports-head-reason = Motivo
imports-head-key = Clave
imports-head-author = Autor
imports-head-title = Título
imports-head-rating = Valoración
imports-head-consent = Consentimiento
imports-head-featured = Destacado
imports-head-reward = Recompensa
imports-head-code = Código

## Rechazo de un archivo o de una línea

imports-nothing-imported = No se importó nada.
imports-column-missing = La primera línea debe nombrar las columnas; falta «{ $column }». { $needs }
# $kind es members, balances, testimonials o codes; $columns y $optional nombran las columnas.
imports-needs = Un archivo de { $kind ->
    [balances] saldos iniciales de puntos
    [testimonials] testimonios
    [codes] códigos de recompensa
   *[members] miembros
} nombra { $columns }. No se importó nada.
imports-needs-optional = Un archivo de { $kind ->
    [balances] saldos iniciales de puntos
    [testimonials] testimonios
    [codes] códigos de recompensa
   *[members] miembros
} nombra { $columns } (pueden seguir { $optional }). No se importó nada.
imports-too-many-groups = Una línea puede añadir a un miembro a { $max } grupos como máximo.
imports-balance-zero = Un saldo inicial no puede ser de cero puntos.
imports-points-invalid = Los puntos deben ser un número entero mayor que cero, como 1200, no «{ $value }».
imports-balance-negative = Un saldo inicial es un número de puntos mayor que cero.
imports-consent-invalid = El consentimiento debe ser named, anonymous o internal.
imports-internal-featured = Un testimonio interno no se puede destacar: su autor no aceptó que se publicara.
imports-reward-missing = Indica la recompensa a la que pertenece el código (su título o su número).
imports-code-empty = El código está vacío.
imports-code-too-long = Un código puede tener como máximo { $max } caracteres.
imports-repeat-address = La dirección { $address } ya está en la línea { $line }.
imports-repeat-key = La clave { $key } ya está en la línea { $line } (un saldo inicial por clave).
imports-repeat-testimonial = Este testimonio ya está en la línea { $line }.
imports-repeat-code = El código { $code } ya está en la línea { $line }.
imports-key-too-long = Una clave puede tener como máximo { $max } caracteres.
imports-key-control = Una clave no puede contener caracteres de control.
imports-featured-invalid = «featured» debe ser yes o no, no «{ $value }».
imports-no-such-group = No hay ningún grupo «{ $group }»: créalo primero en Grupos o corrige el nombre.
imports-account-removed = La dirección { $address } pertenece a una cuenta eliminada.
imports-account-unconfirmed = La cuenta con la dirección { $address } no la ha confirmado: confírmala primero en la página del miembro (o elimina la cuenta).
imports-no-member = Ningún miembro tiene la dirección { $address }: importa primero a los miembros.
imports-key-used = La clave { $key } ya se usó para otro miembro o importe: dale a esta línea su propia clave.
imports-no-such-reward = No hay ninguna recompensa «{ $reward }».
imports-not-code-reward = «{ $reward }» no es una recompensa de código de descuento, así que no tiene reserva de códigos.
imports-stopped-here = La importación se detuvo aquí: la base de datos rechazó esta parte (el registro del servidor dice por qué). Las líneas anteriores se importaron; envía de nuevo el archivo para terminar.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

imports-what-tabs = Qué importar
imports-refused-row = Fila
