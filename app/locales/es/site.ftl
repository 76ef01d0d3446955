## Los ajustes de la comunidad: nombre, aspecto, página de inicio y pie (comprobación del formulario de administración)

site-name-missing = Dale un nombre a la comunidad: aparece en todas las páginas.
site-name-control = El nombre de la comunidad no puede contener caracteres de control.
site-name-too-long = El nombre de la comunidad puede tener como máximo { $max } caracteres.
site-tagline-control = El eslogan no puede contener caracteres de control.
site-tagline-too-long = El eslogan puede tener como máximo { $max } caracteres.
site-headline-missing = Dale un titular a la página de inicio.
site-headline-control = El titular de la página de inicio no puede contener caracteres de control.
site-headline-too-long = El titular de la página de inicio puede tener como máximo { $max } caracteres.
site-intro-too-long = La introducción puede tener como máximo { $max } caracteres.

## El color de marca

site-colour-not-hex = Indica el color de marca como código hexadecimal, como #4338ca (seis dígitos tras el #).
# $contrast es una proporción como 2.3; $darker es un código hexadecimal que sugiere la página.
site-colour-contrast = { $colour } tiene un contraste de { $contrast }:1 con el fondo de la página; los enlaces y los textos de los botones necesitan al menos 4.5:1 (WCAG AA). Un tono más oscuro como { $darker } lo cumple.

## Enlaces del pie (uno por línea: Texto | dirección; $n es el número de la línea)

site-footer-link-unsplit = El enlace { $n } del pie necesita un texto y una dirección separados por «|», p. ej. Blog | https://example.com/blog.
site-footer-label-control = El texto del enlace { $n } del pie no puede contener caracteres de control.
site-footer-label-too-long = El texto del enlace { $n } del pie puede tener como máximo { $max } caracteres.
site-footer-label-missing = El enlace { $n } del pie necesita un texto antes de «|».
site-footer-address-missing = El enlace { $n } del pie («{ $label }») necesita una dirección después de «|».
# Nombra el enlace al principio de los mensajes sobre su dirección web: «El enlace 2 del pie («Blog») debe empezar por https://…».
site-footer-link-named = El enlace { $n } del pie («{ $label }»)
site-footer-address-too-long = El enlace { $n } del pie («{ $label }») puede tener como máximo { $max } caracteres.
site-footer-address-characters = El enlace { $n } del pie («{ $label }») no puede contener espacios, comillas, barras invertidas ni corchetes angulares.
site-footer-too-many = El pie admite como máximo { $max } enlaces; hay { $count }.

## Condiciones del servicio, aviso de privacidad, normas

site-legal-terms = Condiciones del servicio
site-legal-privacy = Aviso de privacidad
site-legal-guidelines = Normas de la comunidad
site-legal-kind-unknown = Indica qué documento: terms, privacy o guidelines.
site-legal-body-missing = Escribe el texto que se va a publicar.
site-legal-body-too-long = El texto puede tener como máximo { $max } caracteres; este tiene { $count }.
site-legal-changes-too-long = Di qué cambió en { $max } caracteres como máximo.
site-accept-terms = Acepta las condiciones del servicio para unirte.
site-terms-changed = Las condiciones cambiaron mientras te registrabas (ahora es la versión { $version }): léelas y vuelve a marcar la casilla.
site-no-terms = Todavía no se han publicado condiciones.
site-terms-newest = La versión { $version } de las condiciones es la más reciente: léela y acepta esa.

## Quién puede unirse

site-join-open = Abierta: cualquiera puede unirse
site-join-invite = Solo con invitación: las personas se unen con un enlace de invitación
site-join-approval = Con aprobación: cualquiera puede solicitarlo, y un administrador aprueba o rechaza
# $value es lo que envió el formulario, entre comillas; open, invite y approval son los valores del formulario.
site-join-mode-unknown = { $value } no es una forma de unirse; elige open, invite o approval.
site-held-posts-invalid = { $value } no es un número de publicaciones que retener; indica un número entero de 0 a { $max }.
site-question-control = La pregunta { $n } no puede contener caracteres de control.
site-question-too-long = La pregunta { $n } puede tener como máximo { $max } caracteres.
site-questions-too-many = Haz como máximo { $max } preguntas; hay { $count }.
site-domain-invalid = «{ $domain }» no es un dominio de correo; escribe dominios como example.com, uno por línea.
site-domains-too-many = Indica como máximo { $max } dominios; hay { $count }.

## Las respuestas de quien solicita unirse

site-answer-missing = Responde a la pregunta { $n }: «{ $question }»
site-answer-too-long = La respuesta a la pregunta { $n } puede tener como máximo { $max } caracteres.
site-answer-control = La respuesta a la pregunta { $n } no puede contener caracteres de control.
