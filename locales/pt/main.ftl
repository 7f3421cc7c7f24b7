# Myna Booth — Português (Brasil). Todos os textos visíveis da cabine estão nestes arquivos.
# Termos oficiais. O cartão, como a J-LIS o escreve em português
# (https://www.kojinbango-card.go.jp/pt-kofushinse-checkpoint/pt-otoiawase/): "cartão de número pessoal"
# (マイナンバーカード; a mesma página também diz "Cartão Número de Pessoa Física"). O formulário e o aviso
# não aparecem nas páginas nacionais em português; os termos vêm das páginas em português da prefeitura de
# Inagi (página municipal, segunda opção): "Formulário de Solicitação de Emissão de Cartão de Número Pessoal"
# (交付申請書; https://inagishi.c.translation-proxy.com/pt/kurashi/tetsuzuki/1002613/1010377/1010382.html) e
# "Notificação de emissão do Cartão de Número Pessoal" (交付通知書, cartão-postal;
# https://www.city.inagi.tokyo.jp/pt/ko/kurashi/tetsuzuki/1002613/1002622/1002627.html).
# "ID de solicitação" (申請書ID): nenhuma fonte oficial encontrada; mantido.

## Everywhere

app-name = Myna Booth
topbar-language = Idioma
topbar-start-over = Recomeçar
topbar-call-staff = Chamar atendente
topbar-step = Etapa { $current } de { $total }
a11y-voice-on = Voz: ligada
a11y-voice-off = Voz: desligada
a11y-voice-none = Sem voz neste idioma
a11y-voice-unavailable = Voz indisponível
a11y-repeat = Repetir
a11y-larger-text-on = Texto maior: sim
a11y-larger-text-off = Texto maior: não
a11y-contrast-on = Alto contraste: sim
a11y-contrast-off = Alto contraste: não
# Spoken alone: a digit of the photo countdown.
voice-number = { $number }
step-language = Idioma
step-check = Verificação
step-scan = Formulário
step-details = Dados
step-photo = Foto
step-send = Envio
step-slip = Comprovante
demo-mode-banner = Modo de demonstração: nenhuma câmera foi encontrada, por isso a cabine exibe uma cena gravada em vez do vídeo ao vivo.
staff-called = Um atendente foi chamado. Aguarde aqui, por favor.
staff-called-close = OK
start-over-title = Recomeçar?
start-over-body = Tudo o que foi digitado será apagado.
start-over-yes = Sim, recomeçar
start-over-no = Não, continuar
inactivity-title = Ainda está aí?
inactivity-body = Para proteger sua privacidade, a cabine vai apagar os dados digitados e recomeçar em { $seconds ->
        [0] { $seconds } segundos
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }.
inactivity-continue = Ainda estou aqui
common-back = Voltar
common-next = Avançar
camera-lost = A câmera não está funcionando. Chame um atendente, por favor.
camera-reconnecting = Reconectando a câmera…

## 0 Attract

attract-title = Solicite aqui o seu cartão de número pessoal (Cartão My Number)
attract-touch = Toque na tela para começar
attract-bring-form = Tenha em mãos o Formulário de Solicitação de Emissão de Cartão de Número Pessoal, com o código QR.
attract-price-free = Gratuito
attract-price = Preço: { $price } ienes
attract-duration = Leva cerca de 5 minutos, incluindo a foto.

## 1 Language and consent

language-title = Escolha o idioma
consent-title = Sua privacidade
consent-body = Esta cabine envia sua solicitação (data de nascimento, suas escolhas e sua foto) ao serviço oficial de solicitação on-line. Nada fica guardado na cabine: seus dados são apagados assim que terminar ou se afastar.
consent-accept = Concordo, continuar
consent-decline = Cancelar

## 2 Before you start

check-title = Antes de começar
check-intro = Houve alguma destas mudanças desde que o formulário de solicitação foi enviado para você? Se houve, o formulário pode não ser mais válido.
check-moved = Mudou de endereço depois de receber o formulário?
check-name-changed = Seu nome mudou depois de receber o formulário?
check-stay-renewed = Residentes estrangeiros: o período de permanência foi renovado depois de receber o formulário?
answer-yes = Sim
answer-no = Não
check-warning-title = Seu formulário pode não ser aceito
check-warning-moved = Após uma mudança de endereço, o formulário pode não corresponder mais ao seu registro de residente. Se precisar, peça um novo formulário de solicitação na prefeitura.
check-warning-name = Após uma mudança de nome, o formulário pode não corresponder mais ao seu registro de residente. Se precisar, peça um novo formulário de solicitação na prefeitura.
check-warning-stay = Após a renovação do período de permanência, o formulário pode não corresponder mais ao seu registro de residente. Se precisar, peça um novo formulário de solicitação na prefeitura.
check-nothing-changed = Nada mudou
check-something-changed = Algo mudou
check-continue = Continuar
check-continue-anyway = Continuar mesmo assim
screen-more-below = Há mais abaixo

## 3 Scan

scan-title = Mostre o código QR do formulário de solicitação
scan-hint = Segure o formulário bem plano dentro da moldura, a cerca de 20 cm da câmera.
scan-looking = Procurando o código QR…
scan-type-instead = Digitar o ID
scan-keypad-offer = Está com dificuldade? Também é possível digitar o ID.
scan-hint-closer = Aproxime um pouco mais o formulário da câmera.
scan-hint-farther = Afaste um pouco o formulário, para que todo o código QR fique dentro da moldura.
scan-hint-glare = A luz está refletindo no código QR. Incline um pouco o formulário para evitar o reflexo.
scan-hint-hold-still = O código QR está visível. Segure o formulário parado por um instante.
forms-title = Onde ficam o código QR e o ID
form-gen-card = Veio junto com o Cartão de Notificação (2015–2020): destaque-o pela linha picotada.
form-gen-notice = Veio com a Notificação do Número Individual (a partir de 2020), foi reenviado pelo correio ou foi entregue na prefeitura.
form-gen-handwritten = Um formulário em branco para preencher à mão não tem código QR nem ID: não pode ser usado aqui.
forms-legend-qr = Código QR
forms-legend-id = ID de solicitação de 23 dígitos
forms-schematic = Desenhos simplificados: o layout do seu formulário pode ser diferente.
numbers-help-title = Qual é o número?
numbers-help-id = 23 dígitos: o ID de solicitação. É este que você deve digitar.
keypad-title = Digite o ID de solicitação de 23 dígitos
keypad-hint = O ID está impresso ao lado do código QR, no formulário de solicitação.
keypad-delete = Apagar
keypad-clear = Limpar
keypad-done = Pronto
keypad-digits-left = { $count ->
    [0] Não falta nenhum dígito
    [one] Falta { $count } dígito
   *[other] Faltam { $count } dígitos
}
keypad-scan-instead = Ler o código QR
id-found-title = Este é o seu ID de solicitação?
id-found-yes = Sim, é este
id-found-no = Não, tentar de novo
id-error-empty = Digite o ID de solicitação de 23 dígitos.
id-error-too-short = Este número é curto demais: o ID de solicitação tem 23 dígitos.
id-error-too-long = Este número é longo demais: o ID de solicitação tem 23 dígitos.
id-error-invalid-character = O ID de solicitação só pode conter números.
id-error-individual-number = Este número parece ser o seu Número Individual (My Number) de 12 dígitos. Não o use aqui: precisamos do ID de solicitação de 23 dígitos impresso no formulário.
id-error-resident-record-code = Este número parece ser um código do registro de residente de 11 dígitos. Precisamos do ID de solicitação de 23 dígitos impresso no formulário.
id-error-url-without-id = Este código QR não contém um ID de solicitação. Mostre o código QR do formulário de solicitação.
id-error-several-ids = Este código QR contém mais de um número. Mostre o código QR do formulário de solicitação.
id-error-not-an-id = Este não é o código QR de um formulário de solicitação. Mostre o código QR impresso no formulário de solicitação.

## 4 Details

details-title = Seus dados
details-form-looking = Procurando o seu formulário de solicitação…
details-form-name = Nome
details-form-address = Endereço
details-form-check = Estes dados vêm do seu formulário de solicitação. Se não forem seus, toque em “{ topbar-start-over }”.
details-form-not-found-title = Nenhum formulário foi encontrado com este ID
details-form-not-found = Confira o número de 23 dígitos do seu formulário e digite-o novamente. Se ainda não funcionar, chame um funcionário.
details-form-unavailable-title = No momento não é possível verificar o seu formulário
details-form-unavailable = Não é possível conectar ao serviço de solicitação. Tente novamente ou continue: a sua solicitação será verificada quando for enviada.
details-form-retry = Tentar novamente
details-form-reenter = Digitar o número novamente
details-birth-date = Data de nascimento
details-birth-date-hint = Escolha a década e depois o ano, o mês e o dia.
details-pick-decade = Quando você nasceu? Escolha a década.
details-pick-year = Escolha o ano.
details-pick-month = Escolha o mês.
details-pick-day = Escolha o dia.
details-pick-back = Voltar
details-birth-date-era = Calendário japonês: { $era }
details-age = Idade: { $age }
date-error-incomplete = Digite os 8 dígitos: ano, mês e dia.
date-error-invalid-character = Use apenas números.
date-error-no-such-date = Esta data não existe. Confira o mês e o dia.
date-error-in-future = Esta data está no futuro. Confira o ano.
date-error-too-old = Confira o ano.
details-cert-title = Certificados eletrônicos
details-cert-signing = Certificado eletrônico para assinatura (para assinar documentos on-line, por exemplo, a declaração de imposto de renda)
details-cert-auth = Certificado eletrônico para autenticação de usuário (para fazer login, por exemplo, no Mynaportal)
details-cert-on = Emitir
details-cert-off = Não emitir
details-adult-ward = Solicitando para um adulto sob curatela? O curador faz a solicitação como representante legal, e o certificado eletrônico para assinatura não é emitido: escolha “{ details-cert-off }”.
details-braille = Nome em braile no cartão
details-braille-hint = O cartão mostra seu nome em braile (até 11 caracteres).
details-under-1 = Crianças com menos de 1 ano recebem o cartão sem foto, por isso a etapa da foto é pulada.
details-under-15-title = Solicitação para menor de 15 anos
details-under-15 = O pai, a mãe ou outro representante legal faz a solicitação pela criança e pode usar esta cabine por ela. Menores de 15 anos não recebem o certificado eletrônico para assinatura.
details-continue = Continuar

## 5 Photo

photo-title = Sua foto
photo-instructions = Sente-se com as costas retas, olhe para a câmera e mantenha uma expressão neutra, com a boca fechada.
photo-help-open = Usa cadeira de rodas? Foto de uma criança?
photo-help-title = Cadeira de rodas, acompanhantes e crianças
photo-help-wheelchair = Você pode tirar a foto sentado na sua cadeira de rodas. Se nesta cabine o banco pode ser afastado ou a altura da câmera ajustada, o atendente informa: toque em “{ topbar-call-staff }”.
photo-help-helper = Um acompanhante pode ajudar com a tela e a postura, mas precisa sair da imagem antes da foto.
photo-help-child = Uma criança pequena pode sentar no colo do pai ou da mãe, desde que o adulto não apareça na foto.
photo-help-baby = Bebês com menos de 1 ano não precisam de foto: o cartão deles não tem foto.
photo-help-close = Fechar
guide-face-present = Olhe para a câmera, com o rosto dentro do contorno
guide-single-face = Apenas uma pessoa na foto, por favor
guide-not-too-close = Afaste-se um pouco
guide-not-too-far = Aproxime-se um pouco mais
guide-centred = Coloque a cabeça no meio do contorno
guide-roll = Mantenha a cabeça reta, sem inclinar
guide-yaw = Olhe de frente para a câmera
guide-pitch = Mantenha o queixo reto
guide-eyes-open = Mantenha os olhos abertos
guide-mouth-closed = Feche a boca
guide-neutral-expression = Relaxe o rosto, sem sorrir
guide-eyes-visible = Deixe os olhos bem visíveis: sem reflexos, lentes escuras ou cabelo na frente
guide-face-brightness = O rosto está escuro ou claro demais: sente-se de frente para a luz
guide-exposure = Parte do rosto está clara ou escura demais: evite luz direta
guide-even-light = A luz no rosto não está uniforme: vire-se um pouco para a luz
guide-sharpness = Fique parado por um momento
guide-plain-background = O fundo deve ser liso: posicione-se para que só a parede apareça atrás
guide-background-objects = Há algo atrás de você: posicione-se para que só a parede lisa apareça
guide-background-shadow = Há uma sombra atrás de você: afaste-se um pouco da parede
guide-head-covering = Tire o chapéu ou a máscara, se puder. Não está usando nada, ou usa a cabeça coberta por motivos religiosos ou médicos? Toque num botão abaixo.
covering-offer = Uso a cabeça coberta por motivos religiosos ou médicos
covering-none = Não estou usando chapéu nem máscara
covering-title = Cabeça coberta por motivos religiosos ou médicos
covering-rules = A foto deve mostrar o rosto inteiro, do alto da testa ao queixo, e os dois lados do rosto, sem sombras. Esta cabine não consegue saber se a sua cobertura será aceita.
covering-unsure = Se não tiver certeza, não faça a solicitação ainda: imprima um comprovante com o número para ligar e o ID de solicitação, e pergunte à central de atendimento do cartão de número pessoal o que fazer.
covering-continue = Tirar a foto com a cabeça coberta
covering-print-slip = Imprimir o número para ligar e concluir
guide-looking = Verificando sua foto…
guide-all-good = Perfeito! Fique parado.
guide-countdown = Tirando a foto em { $seconds }…
guide-unavailable = As verificações automáticas da foto não estão disponíveis. Tire a foto com o botão e confira bem na próxima tela.
check-face-present = Rosto encontrado
check-single-face = Só uma pessoa
check-not-too-close = Cabeça inteira
check-not-too-far = Distância certa
check-centred = Centralizado
check-roll = Cabeça reta
check-yaw = De frente para a câmera
check-pitch = Queixo reto
check-eyes-open = Olhos abertos
check-mouth-closed = Boca fechada
check-neutral-expression = Expressão neutra
check-eyes-visible = Olhos visíveis
check-face-brightness = Brilho do rosto
check-exposure = Exposição
check-even-light = Luz uniforme
check-sharpness = Nítida
check-plain-background = Fundo liso
check-background-objects = Nada no fundo
check-background-shadow = Sem sombra atrás
check-head-covering = Sem chapéu ou máscara
photo-take = Tirar foto
photo-processing = Preparando sua foto…
photo-failed = Não foi possível tirar a foto. Tente novamente.

## 6 Review

review-title = Esta foto está boa?
review-size = Tamanho da foto: 45 mm de altura e 35 mm de largura.
review-use = Usar esta foto
review-retake = Tirar outra
review-previous = Fotos anteriores
review-shot = Foto { $number }
review-checks-passed = Verificações aprovadas
review-checks-unknown = Esta foto não foi verificada automaticamente: confira com atenção.

## 7 Confirm and send

confirm-title = Conferir e enviar
confirm-id = ID de solicitação
confirm-birth-date = Data de nascimento
confirm-cert-signing = Certificado para assinatura
confirm-cert-auth = Certificado para autenticação de usuário
confirm-braille = Nome em braile
confirm-photo = Foto
confirm-no-photo = Sem foto (menor de 1 ano)
confirm-yes = Sim
confirm-no = Não
confirm-send = Enviar solicitação
confirm-change = Alterar
submit-sending = Enviando sua solicitação…
submit-demo-note = Demonstração: a solicitação vai para um servidor de recepção de demonstração dentro desta cabine, não para o serviço nacional.
submit-failed = Não foi possível salvar sua solicitação. Chame um atendente, por favor.

## 8 Slip

slip-title = Sua solicitação foi concluída
slip-sent = Sua solicitação foi enviada.
slip-queued = Sua solicitação está salva nesta cabine e será enviada automaticamente.
slip-printing = Imprimindo seu comprovante…
slip-printed = Retire seu comprovante, por favor.
slip-demo-note = Demonstração: o comprovante é salvo como arquivo em vez de ser impresso.
slip-failed = Não foi possível imprimir o comprovante. Anote o seu ID de solicitação, que termina em { $last_digits }, e chame um atendente.
slip-not-printed = Não foi possível imprimir o comprovante. Anote o número de protocolo abaixo ou chame um atendente.
slip-next-steps = Próximos passos: em cerca de um mês, chegará pelo correio a Notificação de emissão do Cartão de Número Pessoal (um cartão-postal). Leve-a, junto com um documento de identidade, à prefeitura para retirar o seu cartão pessoalmente.
slip-finish = Concluir
slip-date = Data
slip-booth = Cabine
slip-receipt = Número de protocolo
slip-call-centre = Central de atendimento do cartão de número pessoal: 0120-95-0178 (japonês), 0120-0178-27 (outros idiomas)
covering-slip-title = Ligue antes de fazer a solicitação
covering-slip-body = Nada foi enviado. Ligue para a central de atendimento do cartão de número pessoal, informe o ID de solicitação deste comprovante e diga que usa a cabeça coberta por motivos religiosos ou médicos. Você pode fazer a solicitação depois com o mesmo formulário.
covering-slip-not-printed = Não foi possível imprimir o comprovante. Anote o número para ligar e o ID de solicitação mostrados acima.

## 9 Goodbye

goodbye-title = Obrigado
goodbye-wiped = Seus dados foram apagados desta cabine.

## Tela do operador (somente equipe, protegida por PIN)

operator-pin-title = PIN do operador
operator-pin-wrong = { $attempts ->
    [0] PIN incorreto. Restam { $attempts } tentativas.
    [one] PIN incorreto. Resta { $attempts } tentativa.
   *[other] PIN incorreto. Restam { $attempts } tentativas.
}
operator-pin-locked = { $minutes ->
    [0] Muitas tentativas erradas. O teclado do PIN ficará bloqueado por { $minutes } minutos.
    [one] Muitas tentativas erradas. O teclado do PIN ficará bloqueado por { $minutes } minuto.
   *[other] Muitas tentativas erradas. O teclado do PIN ficará bloqueado por { $minutes } minutos.
}
operator-pin-disabled = A tela do operador está desativada: nenhum PIN foi definido no kiosk-config.
operator-checking = Verificando…
operator-unlock = Desbloquear
operator-cancel = Cancelar
operator-title = Tela do operador
operator-camera = Câmera
operator-camera-live = Ao vivo, { $width } × { $height } pixels
operator-camera-demo = Cena de demonstração (sem câmera)
operator-camera-lost = Não está funcionando: { $reason }
operator-camera-starting = Iniciando…
operator-camera-preview = O que a câmera vê agora
operator-camera-no-preview = A câmera não dá imagem
operator-printer = Impressora
operator-test-print = Impressão de teste
operator-test-print-sent = Um comprovante de teste foi enviado à impressora.
operator-printer-ready = Pronta
operator-printer-offline = Desconectada
operator-printer-paper-out = Sem papel
operator-printer-error = Erro: { $reason }
operator-printer-none = Nenhuma impressora configurada
operator-job-printed = Impresso
operator-job-saved = Salvo como arquivo
operator-job-timed-out = Não terminou a tempo (cancelado)
operator-printer-last-slip = Último comprovante: { $result }
operator-printer-last-test = Impressão de teste: { $result }
operator-metrics = Hoje
operator-sessions = Sessões iniciadas: { $started }, concluídas: { $finished }
operator-recent-errors = Avisos e erros recentes
operator-no-errors = Nenhum
operator-version = Versão { $version }
operator-close = Fechar
operator-exit = Sair para a área de trabalho
operator-outbox = Solicitações
operator-outbox-counts = { $waiting } aguardando envio · { $refused } recusadas pelo servidor (ver o registro) · { $sent } enviadas
operator-disk-low = Disco quase cheio: restam { $free } MB. Em breve não será possível guardar pedidos; libere espaço ou chame a manutenção.
operator-network = Servidor de recepção
operator-network-ok = Acessível
operator-network-down = Inacessível: { $error }
operator-network-demo = Demonstração: o servidor de recepção funciona dentro desta cabine.
operator-send-now = Enviar agora
operator-voice = Guia por voz
operator-voice-none = Este quiosque não tem guia por voz (veja [voice] no kiosk-config).
operator-voice-on-by-default = Ligada no início de cada sessão (o usuário pode desligá-la).
operator-voice-off-by-default = Desligada no início de cada sessão (o usuário pode ligá-la).
operator-voice-output-ok = Saída de som: funcionando
operator-voice-output-failed = Saída de som: não funciona (sem placa de som ou dispositivo errado em [voice] do kiosk-config)
operator-voice-silent = Sem voz para: { $languages }
operator-voice-test = Dizer uma frase de teste
operator-voice-test-line = Este é o teste de voz do quiosque.
operator-voice-log = Falado recentemente
operator-voice-log-empty = Nada falado ainda
operator-voice-played = reproduzida
operator-voice-interrupted = interrompida
operator-voice-no-voice = sem voz
operator-voice-failed = falhou (veja o registro)
operator-calibration = Calibração da foto
operator-calibration-backdrop-set = Referência do fundo com a cabine vazia: guardada
operator-calibration-backdrop-none = Referência do fundo: nenhuma
operator-calibration-baseline = Referência da cabeça: inclinação { $pitch } graus, olhos a { $height } % da altura da imagem
operator-calibration-baseline-none = Referência da cabeça: nenhuma (usa-se o valor do kiosk-config)
operator-calibration-capture-backdrop = Captar a cabine vazia
operator-calibration-record-baseline = Registar a referência da cabeça (sente-se e olhe para a câmara)
operator-calibration-reset = Repor a calibração
operator-calibration-working = A calibrar… (cerca de 2 segundos)
operator-calibration-saved = Calibração guardada.
operator-calibration-face-in-view = Recusado: há um rosto à vista. Deixe a cabine vazia e tente de novo.
operator-calibration-no-face = Não foi visto nenhum rosto. Sente-se em frente da câmara, olhe de frente e tente de novo.
operator-calibration-no-camera = A câmara não dá imagem, por isso agora não é possível calibrar.
operator-calibration-failed = A calibração falhou: { $reason }
