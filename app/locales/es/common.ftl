## Lo que se comprueba en los formularios

# $what nombra el campo, con mayúscula inicial: «Un título», «Tu biografía».
common-too-long = { $what } puede tener como máximo { $max } caracteres.
common-address-characters = { $what } no puede contener espacios, comillas ni corchetes angulares.
common-address-scheme = { $what } debe empezar por https:// o http://; no se permite un enlace «{ $scheme }:».
common-address-credentials = { $what } no puede contener un nombre de usuario ni una contraseña.
common-address-host = { $what } necesita una dirección web como https://example.com.
common-date-format = Indica el día como AAAA-MM-DD.

## A qué se dedica alguien

# «Responsable de soporte en Acme».
common-role-at = { $title } en { $company }

## Archivos CSV subidos

# $nothing cierra el rechazo de un archivo entero («No se invitó a nadie.»).
common-upload-not-utf8 = El archivo no es texto UTF-8: guárdalo como «CSV UTF-8» y vuelve a subirlo. { $nothing }
# $needs indica qué columnas necesita un archivo.
common-upload-no-rows = El archivo no tiene filas. { $needs }
# $error son las palabras del lector de CSV.
common-upload-line-unreadable = No se pudo leer esta línea: { $error }.
# $what nombra las filas («filas», «pedidos»).
common-upload-too-many-rows = El archivo tiene más de { $max } { $what }; divídelo y sube cada parte. { $nothing }
# $tip cierra la frase («, y escribe los importes sin …») o está vacío.
common-upload-too-many-cells = Esta línea tiene { $cells } celdas, pero el encabezado nombra { $named }: pon entre comillas las celdas que contengan una coma{ $tip }.
common-upload-no-data = El archivo tiene encabezado, pero no { $what }: ponlos debajo, uno por línea.

## Descargas

common-export-failed = no se pudo generar la exportación
