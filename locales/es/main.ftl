# Myna Booth — Español. Todos los textos visibles de la cabina están en estos archivos.
# Términos oficiales, como los escribe la J-LIS en español (https://www.kojinbango-card.go.jp/es-faq/):
# "tarjeta de número personal" (マイナンバーカード), "formulario de solicitud de expedición de la tarjeta
# de número personal" (交付申請書), "ID de solicitud" (申請書ID). El 交付通知書 no aparece en esas páginas:
# "notificación de entrega (postal)" es el término de una página municipal (segunda opción), la de la
# ciudad de Hiroshima: https://www.city.hiroshima.lg.jp/site/spanish/15421.html

## Everywhere

app-name = Myna Booth
topbar-language = Idioma
topbar-start-over = Empezar de nuevo
topbar-call-staff = Llamar al personal
topbar-step = Paso { $current } de { $total }
a11y-voice-on = Voz: activada
a11y-voice-off = Voz: desactivada
a11y-voice-none = No hay voz en este idioma
a11y-voice-unavailable = Voz no disponible
a11y-repeat = Repetir
a11y-larger-text-on = Texto grande: sí
a11y-larger-text-off = Texto grande: no
a11y-contrast-on = Alto contraste: sí
a11y-contrast-off = Alto contraste: no
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Idioma
step-check = Verificación
step-scan = Formulario
step-details = Datos
step-photo = Foto
step-send = Envío
step-slip = Comprobante
demo-mode-banner = Modo de demostración: no se encontró ninguna cámara, así que la cabina muestra una escena grabada en lugar de la imagen en vivo.
staff-called = Ya avisamos al personal. Por favor, espere aquí.
staff-called-close = Aceptar
start-over-title = ¿Empezar de nuevo?
start-over-body = Se borrará todo lo que ha ingresado.
start-over-yes = Sí, empezar de nuevo
start-over-no = No, continuar
inactivity-title = ¿Sigue ahí?
inactivity-body = Para proteger su privacidad, la cabina borrará sus datos y volverá a empezar en { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
inactivity-continue = Sigo aquí
common-back = Atrás
common-next = Siguiente
camera-lost = La cámara no funciona. Por favor, llame al personal.
camera-reconnecting = Reconectando la cámara…

## 0 Attract

attract-title = Solicite aquí su tarjeta de número personal (Tarjeta My Number)
attract-touch = Toque la pantalla para comenzar
attract-bring-form = Tenga a mano su formulario de solicitud de expedición de la tarjeta de número personal, con el código QR.
attract-price-free = Gratis
attract-price = Precio: { $price } yenes
attract-duration = Tarda unos 5 minutos, incluida la foto.

## 1 Language and consent

language-title = Elija su idioma
consent-title = Su privacidad
consent-body = Esta cabina envía su solicitud (fecha de nacimiento, las opciones que elija y su foto) al servicio oficial de solicitud en línea. No se guarda nada en la cabina: sus datos se borran en cuanto termine o se retire.
consent-accept = Acepto, continuar
consent-decline = Cancelar

## 2 Before you start

check-title = Antes de empezar
check-intro = ¿Hubo alguno de estos cambios después de que le enviaron el formulario de solicitud? Si es así, es posible que el formulario ya no sea válido.
check-moved = ¿Se mudó a otro domicilio después de recibir el formulario?
check-name-changed = ¿Cambió su nombre después de recibir el formulario?
check-stay-renewed = Residentes extranjeros: ¿se renovó su período de estancia después de recibir el formulario?
answer-yes = Sí
answer-no = No
check-warning-title = Es posible que no acepten su formulario
check-warning-moved = Después de una mudanza, es posible que su formulario ya no coincida con su registro de residente. Puede pedir un nuevo formulario de solicitud en su oficina municipal.
check-warning-name = Después de un cambio de nombre, es posible que su formulario ya no coincida con su registro de residente. Puede pedir un nuevo formulario de solicitud en su oficina municipal.
check-warning-stay = Después de la renovación de su período de estancia, es posible que su formulario ya no coincida con su registro de residente. Puede pedir un nuevo formulario de solicitud en su oficina municipal.
check-nothing-changed = No cambió nada
check-something-changed = Algo cambió
check-continue = Continuar
check-continue-anyway = Continuar de todos modos
screen-more-below = Hay más abajo

## 3 Scan

scan-title = Muestre el código QR de su formulario de solicitud
scan-hint = Sostenga el formulario bien plano dentro del marco, a unos 20 cm de la cámara.
scan-looking = Buscando el código QR…
scan-type-instead = Escribir el ID a mano
scan-keypad-offer = ¿Tiene problemas? También puede escribir el ID a mano.
scan-hint-closer = Acerque un poco más el formulario a la cámara.
scan-hint-farther = Aleje un poco el formulario para que todo el código QR quede dentro del marco.
scan-hint-glare = La luz se refleja en el código QR. Incline un poco el formulario para evitar el reflejo.
scan-hint-hold-still = El código QR está a la vista. Mantenga el formulario quieto un momento.
forms-title = Dónde están el código QR y el ID
form-gen-card = Llegó unido a la Tarjeta de Notificación (2015–2020): sepárelo por la línea perforada.
form-gen-notice = Llegó con la Notificación del Número Individual (desde 2020), se lo enviaron de nuevo o se lo dieron en la oficina municipal.
form-gen-handwritten = Un formulario en blanco para rellenar a mano no tiene código QR ni ID: no se puede usar aquí.
forms-legend-qr = Código QR
forms-legend-id = ID de solicitud de 23 dígitos
forms-schematic = Dibujos simplificados: la disposición de su formulario puede ser distinta.
numbers-help-title = ¿Qué número es?
numbers-help-id = 23 dígitos: el ID de solicitud. Este es el que debe escribir.
keypad-title = Escriba el ID de solicitud de 23 dígitos
keypad-hint = El ID está impreso junto al código QR de su formulario de solicitud.
keypad-delete = Borrar
keypad-clear = Borrar todo
keypad-done = Listo
keypad-digits-left = { $count ->
    [one] Falta { $count } dígito
   *[other] Faltan { $count } dígitos
}
keypad-scan-instead = Escanear el código QR
id-found-title = ¿Es este su ID de solicitud?
id-found-yes = Sí, es correcto
id-found-no = No, intentar de nuevo
id-error-empty = Escriba el ID de solicitud de 23 dígitos.
id-error-too-short = Este número es demasiado corto: el ID de solicitud tiene 23 dígitos.
id-error-too-long = Este número es demasiado largo: el ID de solicitud tiene 23 dígitos.
id-error-invalid-character = El ID de solicitud solo puede contener números.
id-error-individual-number = Este número parece ser su Número Individual (My Number) de 12 dígitos. No lo use aquí: necesitamos el ID de solicitud de 23 dígitos impreso en el formulario.
id-error-resident-record-code = Este número parece ser un código de registro de residente de 11 dígitos. Necesitamos el ID de solicitud de 23 dígitos impreso en el formulario.
id-error-url-without-id = Este código QR no contiene un ID de solicitud. Muestre el código QR del formulario de solicitud.
id-error-several-ids = Este código QR contiene más de un número. Muestre el código QR del formulario de solicitud.
id-error-not-an-id = Este no es el código QR de un formulario de solicitud. Muestre el código QR impreso en el formulario de solicitud.

## 4 Details

details-title = Sus datos
details-form-looking = Buscando su formulario de solicitud…
details-form-name = Nombre
details-form-address = Dirección
details-form-check = Estos datos vienen de su formulario de solicitud. Si no son suyos, pulse «{ topbar-start-over }».
details-form-not-found-title = No se encontró ningún formulario con este ID
details-form-not-found = Compruebe el número de 23 dígitos de su formulario y escríbalo de nuevo. Si sigue sin funcionar, llame al personal.
details-form-unavailable-title = Ahora no se puede comprobar su formulario
details-form-unavailable = No se puede conectar con el servicio de solicitud. Inténtelo de nuevo o continúe: su solicitud se comprobará cuando se envíe.
details-form-retry = Intentar de nuevo
details-form-reenter = Escribir el número de nuevo
details-birth-date = Fecha de nacimiento
details-birth-date-hint = Elija la década y después el año, el mes y el día.
details-pick-decade = ¿Cuándo nació? Elija la década.
details-pick-year = Elija el año.
details-pick-month = Elija el mes.
details-pick-day = Elija el día.
details-pick-back = Atrás
details-birth-date-era = Calendario japonés: { $era }
details-age = Edad: { $age }
date-error-incomplete = Escriba los 8 dígitos: año, mes y día.
date-error-invalid-character = Use solo números.
date-error-no-such-date = Esta fecha no existe. Revise el mes y el día.
date-error-in-future = Esta fecha es posterior a hoy. Revise el año.
date-error-too-old = Revise el año.
details-cert-title = Certificados electrónicos
details-cert-signing = Certificado electrónico para firma (para firmar documentos en línea, por ejemplo, la declaración de impuestos)
details-cert-auth = Certificado electrónico para autenticación de usuario (para iniciar sesión, por ejemplo, en Mynaportal)
details-cert-on = Emitir
details-cert-off = No emitir
details-adult-ward = ¿Solicita para un adulto bajo tutela? El tutor lo solicita como representante legal y no se emite el certificado electrónico para firma: elija «{ details-cert-off }».
details-braille = Nombre en braille en la tarjeta
details-braille-hint = La tarjeta muestra su nombre en braille (hasta 11 caracteres).
details-under-1 = Los niños menores de 1 año reciben una tarjeta sin foto, por eso se omite el paso de la foto.
details-under-15-title = Solicitud para un menor de 15 años
details-under-15 = El padre, la madre u otro representante legal hace la solicitud por el menor y puede usar esta cabina en su nombre. A los menores de 15 años no se les emite el certificado electrónico para firma.
details-continue = Continuar

## 5 Photo

photo-title = Su foto
photo-instructions = Siéntese con la espalda recta, mire a la cámara y mantenga una expresión neutral con la boca cerrada.
photo-help-open = ¿Usa silla de ruedas? ¿Foto de un niño?
photo-help-title = Sillas de ruedas, acompañantes y niños
photo-help-wheelchair = Puede hacerse la foto sin levantarse de su silla de ruedas. Si en esta cabina se puede apartar el asiento o cambiar la altura de la cámara, se lo dirá el personal: pulse «{ topbar-call-staff }».
photo-help-helper = Un acompañante puede ayudarle con la pantalla y a sentarse derecho, pero debe salir de la imagen antes de la foto.
photo-help-child = Un niño pequeño puede sentarse en el regazo de su padre o su madre, siempre que el adulto no salga en la foto.
photo-help-baby = Los bebés menores de 1 año no necesitan foto: su tarjeta no la lleva.
photo-help-close = Cerrar
guide-face-present = Mire a la cámara, con la cara dentro del contorno
guide-single-face = Solo una persona en la foto, por favor
guide-not-too-close = Échese un poco hacia atrás
guide-not-too-far = Acérquese un poco más
guide-centred = Ponga la cabeza en el centro del contorno
guide-roll = Mantenga la cabeza recta, sin inclinarla
guide-yaw = Mire de frente a la cámara
guide-pitch = Mantenga la barbilla recta
guide-eyes-open = Mantenga los ojos abiertos
guide-mouth-closed = Cierre la boca
guide-neutral-expression = Relaje la cara, sin sonreír
guide-eyes-visible = Que se le vean bien los ojos: sin reflejos, gafas oscuras ni pelo delante
guide-face-brightness = La cara está demasiado oscura o clara: siéntese frente a la luz
guide-exposure = Parte de la cara está demasiado clara u oscura: evite la luz directa
guide-even-light = La luz no llega igual a toda la cara: gírese un poco hacia la luz
guide-sharpness = Quédese quieto un momento
guide-plain-background = El fondo debe ser liso: colóquese de modo que detrás solo se vea la pared
guide-background-objects = Hay algo detrás de usted: colóquese de modo que solo se vea la pared lisa
guide-background-shadow = Hay una sombra detrás de usted: sepárese un poco de la pared
guide-head-covering = Quítese el sombrero o la mascarilla si puede. ¿No lleva nada, o lleva la cabeza cubierta por motivos religiosos o médicos? Toque un botón de abajo.
covering-offer = Llevo la cabeza cubierta por motivos religiosos o médicos
covering-none = No llevo sombrero ni mascarilla
covering-title = Cabeza cubierta por motivos religiosos o médicos
covering-rules = La foto debe mostrar toda la cara, desde lo alto de la frente hasta la barbilla, y ambos lados de la cara, sin sombras. Esta cabina no puede saber si se aceptará la prenda que lleva.
covering-unsure = Si no está seguro, no presente la solicitud todavía: imprima un comprobante con el número al que llamar y el ID de su solicitud, y pregunte qué hacer al centro de llamadas de la tarjeta de número personal.
covering-continue = Tomar la foto con la cabeza cubierta
covering-print-slip = Imprimir el número al que llamar y terminar
guide-looking = Revisando su foto…
guide-all-good = ¡Perfecto! No se mueva.
guide-countdown = Tomando la foto en { $seconds }…
guide-unavailable = Las comprobaciones automáticas de la foto no están disponibles. Tome la foto con el botón y revísela bien en la siguiente pantalla.
check-face-present = Cara detectada
check-single-face = Solo una persona
check-not-too-close = Cabeza completa
check-not-too-far = Distancia correcta
check-centred = Centrada
check-roll = Cabeza recta
check-yaw = Mirada de frente
check-pitch = Barbilla recta
check-eyes-open = Ojos abiertos
check-mouth-closed = Boca cerrada
check-neutral-expression = Expresión neutra
check-eyes-visible = Ojos visibles
check-face-brightness = Brillo de la cara
check-exposure = Exposición
check-even-light = Luz uniforme
check-sharpness = Nítida
check-plain-background = Fondo liso
check-background-objects = Nada en el fondo
check-background-shadow = Sin sombra detrás
check-head-covering = Sin sombrero ni mascarilla
photo-take = Tomar foto
photo-processing = Preparando su foto…
photo-failed = No se pudo tomar la foto. Inténtelo de nuevo.

## 6 Review

review-title = ¿Está bien esta foto?
review-size = Tamaño de la foto: 45 mm de alto y 35 mm de ancho.
review-use = Usar esta foto
review-retake = Tomar otra
review-previous = Fotos anteriores
review-shot = Foto { $number }
review-checks-passed = Comprobaciones superadas
review-checks-unknown = Esta foto no se comprobó automáticamente: revísela bien.

## 7 Confirm and send

confirm-title = Revisar y enviar
confirm-id = ID de solicitud
confirm-birth-date = Fecha de nacimiento
confirm-cert-signing = Certificado para firma
confirm-cert-auth = Certificado para autenticación de usuario
confirm-braille = Nombre en braille
confirm-photo = Foto
confirm-no-photo = Sin foto (menor de 1 año)
confirm-yes = Sí
confirm-no = No
confirm-send = Enviar solicitud
confirm-change = Modificar
submit-sending = Enviando su solicitud…
submit-demo-note = Demostración: la solicitud va a un servidor de recepción de demostración dentro de esta cabina, no al servicio nacional.
submit-failed = No se pudo guardar su solicitud. Por favor, llame al personal.

## 8 Slip

slip-title = Su solicitud está completa
slip-sent = Su solicitud fue enviada.
slip-queued = Su solicitud quedó guardada en esta cabina y se enviará automáticamente.
slip-printing = Imprimiendo su comprobante…
slip-printed = Por favor, retire su comprobante.
slip-demo-note = Demostración: el comprobante se guarda como archivo en lugar de imprimirse.
slip-failed = No se pudo imprimir el comprobante. Anote su ID de solicitud, que termina en { $last_digits }, y llame al personal.
slip-not-printed = No se pudo imprimir el comprobante. Anote su número de recepción que aparece abajo o llame al personal.
slip-next-steps = Próximos pasos: en aproximadamente un mes le llegará por correo la notificación de entrega (postal). Llévela, junto con un documento de identidad, a su oficina municipal para recoger su tarjeta en persona.
slip-finish = Finalizar
slip-date = Fecha
slip-booth = Cabina
slip-receipt = Número de recepción
slip-call-centre = Centro de llamadas de la tarjeta de número personal: 0120-95-0178 (japonés), 0120-0178-27 (otros idiomas)
covering-slip-title = Llame antes de presentar la solicitud
covering-slip-body = No se ha enviado nada. Llame al centro de llamadas de la tarjeta de número personal, indique el ID de solicitud de este comprobante y explique que lleva la cabeza cubierta por motivos religiosos o médicos. Podrá presentar la solicitud más tarde con el mismo formulario.
covering-slip-not-printed = No se pudo imprimir el comprobante. Anote el número al que llamar y el ID de solicitud que aparecen arriba.

## 9 Goodbye

goodbye-title = Gracias
goodbye-wiped = Sus datos se borraron de esta cabina.

## Pantalla de operador (solo personal, protegida con PIN)

operator-pin-title = PIN de operador
operator-pin-wrong = { $attempts ->
    [one] PIN incorrecto. Queda { $attempts } intento.
   *[other] PIN incorrecto. Quedan { $attempts } intentos.
}
operator-pin-locked = { $minutes ->
    [one] Demasiados intentos fallidos. El teclado del PIN queda bloqueado durante { $minutes } minuto.
   *[other] Demasiados intentos fallidos. El teclado del PIN queda bloqueado durante { $minutes } minutos.
}
operator-pin-disabled = La pantalla de operador está desactivada: no hay ningún PIN configurado en kiosk-config.
operator-checking = Verificando…
operator-unlock = Desbloquear
operator-cancel = Cancelar
operator-title = Pantalla de operador
operator-camera = Cámara
operator-camera-live = En vivo, { $width } × { $height } píxeles
operator-camera-demo = Escena de demostración (sin cámara)
operator-camera-lost = No funciona: { $reason }
operator-camera-starting = Iniciando…
operator-camera-preview = Lo que ve la cámara ahora
operator-camera-no-preview = La cámara no da imagen
operator-printer = Impresora
operator-test-print = Impresión de prueba
operator-test-print-sent = Se envió un comprobante de prueba a la impresora.
operator-printer-ready = Lista
operator-printer-offline = Sin conexión
operator-printer-paper-out = Sin papel
operator-printer-error = Error: { $reason }
operator-printer-none = No hay impresora configurada
operator-job-printed = Impreso
operator-job-saved = Guardado como archivo
operator-job-timed-out = No terminó a tiempo (cancelado)
operator-printer-last-slip = Último comprobante: { $result }
operator-printer-last-test = Impresión de prueba: { $result }
operator-metrics = Hoy
operator-sessions = Sesiones iniciadas: { $started }, finalizadas: { $finished }
operator-recent-errors = Advertencias y errores recientes
operator-no-errors = Ninguno
operator-version = Versión { $version }
operator-close = Cerrar
operator-exit = Salir al escritorio
operator-outbox = Solicitudes
operator-outbox-counts = { $waiting } en espera de envío · { $refused } rechazadas por el servidor (ver el registro) · { $sent } enviadas
operator-disk-low = Disco casi lleno: quedan { $free } MB. Pronto no se podrán guardar solicitudes; libere espacio o llame a mantenimiento.
operator-network = Servidor de recepción
operator-network-ok = Accesible
operator-network-down = No accesible: { $error }
operator-network-demo = Demostración: el servidor de recepción funciona dentro de esta cabina.
operator-send-now = Enviar ahora
operator-voice = Guía por voz
operator-voice-none = Este quiosco no tiene guía por voz (ver [voice] en kiosk-config).
operator-voice-on-by-default = Activada al empezar cada sesión (el usuario puede apagarla).
operator-voice-off-by-default = Apagada al empezar cada sesión (el usuario puede activarla).
operator-voice-output-ok = Salida de sonido: funciona
operator-voice-output-failed = Salida de sonido: no funciona (no hay tarjeta de sonido o el dispositivo de [voice] en kiosk-config es incorrecto)
operator-voice-silent = Sin voz para: { $languages }
operator-voice-test = Decir una frase de prueba
operator-voice-test-line = Esta es la prueba de voz del quiosco.
operator-voice-log = Dicho recientemente
operator-voice-log-empty = Todavía no se ha dicho nada
operator-voice-played = reproducida
operator-voice-interrupted = interrumpida
operator-voice-no-voice = sin voz
operator-voice-failed = falló (ver el registro)
operator-calibration = Calibración de la foto
operator-calibration-backdrop-set = Referencia del fondo con la cabina vacía: guardada
operator-calibration-backdrop-none = Referencia del fondo: ninguna
operator-calibration-baseline = Referencia de la cabeza: inclinación { $pitch } grados, ojos al { $height } % de la altura de la imagen
operator-calibration-baseline-none = Referencia de la cabeza: ninguna (se usa el valor de kiosk-config)
operator-calibration-capture-backdrop = Capturar la cabina vacía
operator-calibration-record-baseline = Registrar la referencia de la cabeza (siéntese y mire a la cámara)
operator-calibration-reset = Restablecer la calibración
operator-calibration-working = Calibrando… (unos 2 segundos)
operator-calibration-saved = Calibración guardada.
operator-calibration-face-in-view = Rechazado: se ve una cara. Deje la cabina vacía e inténtelo de nuevo.
operator-calibration-no-face = No se vio ninguna cara. Siéntese frente a la cámara, mírela de frente e inténtelo de nuevo.
operator-calibration-no-camera = La cámara no da imagen, así que ahora no se puede calibrar.
operator-calibration-failed = La calibración falló: { $reason }
