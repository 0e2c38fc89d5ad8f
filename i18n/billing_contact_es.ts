<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="105"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="350"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Punto de inicio desconocido {value}: use uno de estos: {paths}. El asistente se inicia en su primera página.</translation>
    </message>
</context>
<context>
    <name>ChangeContact</name>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="241"/>
        <source>Change the billing contact</source>
        <translation>Cambiar el contacto de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="248"/>
        <source>Have at hand:</source>
        <translation>Tenga a mano:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="254"/>
        <source>&amp;Open GoTo&apos;s support page</source>
        <translation>&amp;Abrir la página de soporte de GoTo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="88"/>
        <source>Try &apos;{program} --help&apos;.</source>
        <translation>Pruebe &apos;{program} --help&apos; para más información.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="89"/>
        <source>Unknown option {option}. The options are {options}.</source>
        <translation>Opción desconocida: {option}. Las opciones son {options}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="90"/>
        <source>Did you mean {option}?</source>
        <translation>¿Quiso decir {option}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="91"/>
        <source>{option} needs a value.</source>
        <translation>{option} necesita un valor.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="92"/>
        <source>--walk and --start each choose where to open: give one.</source>
        <translation>--walk y --start eligen cada una dónde abrir: indique solo una.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="93"/>
        <source>The walk code {code} opens nothing.</source>
        <translation>El código de recorrido {code} no abre nada.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="94"/>
        <source>{file}: the map is written as SVG, PDF or PNG, by the file&apos;s extension: {extensions}.</source>
        <translation>{file}: el mapa se escribe en SVG, PDF o PNG, según la extensión del archivo: {extensions}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="97"/>
        <source>--export-map writes a file and opens no window: {option} does not apply.</source>
        <translation>--export-map escribe un archivo y no abre ninguna ventana: {option} no se aplica aquí.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="100"/>
        <source>Cannot write the map to {file}: {reason}</source>
        <translation>No se puede escribir el mapa en {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="57"/>
        <source>Could not open the address</source>
        <translation>No se pudo abrir la dirección</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="58"/>
        <source>No browser opened this address. Copy it and open it in your browser:</source>
        <translation>Ningún navegador abrió esta dirección. Cópiela y ábrala en su navegador:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="65"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="70"/>
        <source>No mail program opened the email to {address}. Copy it, then paste it into a new email in your mail program or webmail.</source>
        <translation>Ningún programa de correo abrió el correo para {address}. Cópielo y péguelo en un correo nuevo de su programa de correo o webmail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="76"/>
        <source>Could not open the email</source>
        <translation>No se pudo abrir el correo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="82"/>
        <source>Copy email</source>
        <translation>Copiar correo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="90"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="100"/>
        <source>To: {address}</source>
        <translation>Para: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="101"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="75"/>
        <source>Hello {name},</source>
        <translation>Buenos días, {name}:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="76"/>
        <source>Hello,</source>
        <translation>Buenos días:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="145"/>
        <source>What I checked:</source>
        <translation>Lo que he comprobado:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="148"/>
        <source>Thank you, and kind regards,</source>
        <translation>Muchas gracias y un cordial saludo,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="66"/>
        <source>Add licenses</source>
        <translation>Agregar licencias</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="67"/>
        <source>Change the subscription plan</source>
        <translation>Cambiar el plan de suscripción</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="68"/>
        <source>Update the payment method</source>
        <translation>Actualizar el método de pago</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="69"/>
        <source>Something else…</source>
        <translation>Otra cosa…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="82"/>
        <source>I would like to add licenses to our {product} account.</source>
        <translation>Quisiera agregar licencias a nuestra cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="84"/>
        <source>I would like to change the subscription plan of our {product} account.</source>
        <translation>Quisiera cambiar el plan de suscripción de nuestra cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="88"/>
        <source>I would like to update the payment method of our {product} account.</source>
        <translation>Quisiera actualizar el método de pago de nuestra cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="96"/>
        <source>I have a request about our {product} account: {request}</source>
        <translation>Tengo una solicitud sobre nuestra cuenta de {product}: {request}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="99"/>
        <source>I have a request about our {product} account.</source>
        <translation>Tengo una solicitud sobre nuestra cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="107"/>
        <source>Adding licenses to our {product} account</source>
        <translation>Nuevas licencias para nuestra cuenta de {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="109"/>
        <source>Changing the subscription plan of our {product} account</source>
        <translation>Cambio del plan de suscripción de nuestra cuenta de {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="111"/>
        <source>Updating the payment method of our {product} account</source>
        <translation>Actualización del método de pago de nuestra cuenta de {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="113"/>
        <source>A request about our {product} account</source>
        <translation>Una solicitud sobre nuestra cuenta de {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="120"/>
        <source>The Admin Center names you as the billing admin of this account. Could you please help me with it?</source>
        <translation>El Centro de administración le indica como administrador de facturación de esta cuenta. ¿Podría ayudarme con ello?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="124"/>
        <source>For that I need to reach its billing contact, and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?</source>
        <translation>Para ello necesito saber quién es el contacto de facturación de la cuenta, y los portales no me lo han indicado. ¿Podría decírmelo o trasladar este mensaje a alguien que lo sepa?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="378"/>
        <source>Say in a few words what you need.</source>
        <translation>Describa en pocas palabras lo que necesita.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="381"/>
        <source>Choose what you need.</source>
        <translation>Elija lo que necesita.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="392"/>
        <source>To: {address}</source>
        <translation>Para: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="393"/>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="432"/>
        <source>Write to the billing admin</source>
        <translation>Escribir al administrador de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="433"/>
        <source>Copy the billing admin&apos;s name and email address from the Admin Center&apos;s message. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Copie el nombre y la dirección de correo electrónico del administrador de facturación del mensaje del Centro de administración. El correo se abre en su programa de correo, donde puede modificarlo antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="438"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nombre del administrador de facturación:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="439"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>&amp;Correo electrónico del administrador de facturación:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="441"/>
        <source>Write to your account admin</source>
        <translation>Escribir al administrador de su cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="442"/>
        <source>Ask the admin who manages your {product} account who its billing contact is. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Pregunte al administrador que gestiona su cuenta de {product} quién es su contacto de facturación. El correo se abre en su programa de correo, donde puede modificarlo antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="447"/>
        <source>Account admin&apos;s &amp;name:</source>
        <translation>&amp;Nombre del administrador de la cuenta:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="448"/>
        <source>Account admin&apos;s &amp;email address:</source>
        <translation>&amp;Correo electrónico del administrador de la cuenta:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="453"/>
        <source>&amp;What do you need?</source>
        <translation>¿&amp;Qué necesita?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="454"/>
        <source>Something else, in your &amp;own words:</source>
        <translation>Otra cosa, con sus propias &amp;palabras:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="455"/>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Su nombre (opcional):</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="459"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="460"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="464"/>
        <source>It signs the email. The assistant remembers it on this computer for next time.</source>
        <translation>Firma el correo. El asistente lo recuerda en este equipo para la próxima vez.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="456"/>
        <source>The email &amp;reads:</source>
        <translation>&amp;Texto del correo:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="467"/>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="468"/>
        <source>Opens the email in your mail program</source>
        <translation>Abre el correo en su programa de correo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="105"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>¿Quién es el contacto de facturación de nuestra cuenta de {product}?</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="237"/>
        <source>Enter an email address, such as name@example.com.</source>
        <translation>Escriba una dirección de correo electrónico, como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="238"/>
        <source>There is more than one address here: enter only one.</source>
        <translation>Aquí hay más de una dirección: escriba solo una.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="239"/>
        <source>There is a space inside the address: an email address has none.</source>
        <translation>Hay un espacio dentro de la dirección: una dirección de correo no tiene ninguno.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="240"/>
        <source>There is no @ in the address: an email address has one, as in name@example.com.</source>
        <translation>Falta la @ en la dirección: una dirección de correo tiene una, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="243"/>
        <source>There is more than one @ in the address: an email address has only one.</source>
        <translation>Hay más de una @ en la dirección: una dirección de correo solo tiene una.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="246"/>
        <source>There is nothing before the @: an address starts with a name, as in name@example.com.</source>
        <translation>No hay nada antes de la @: una dirección empieza por un nombre, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="249"/>
        <source>There is nothing after the @: an address ends with a domain, as in name@example.com.</source>
        <translation>No hay nada después de la @: una dirección termina con un dominio, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="252"/>
        <source>There is “{character}” in the address: an email address cannot contain it.</source>
        <translation>Hay «{character}» en la dirección: una dirección de correo no puede contenerlo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="255"/>
        <source>There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.</source>
        <translation>Hay un punto mal colocado: un punto no puede ir al principio, al final, junto a la @ ni dos veces seguidas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="259"/>
        <source>There is no dot after the @: the domain has one, as in example.com.</source>
        <translation>Falta un punto después de la @: el dominio tiene uno, como en ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="262"/>
        <source>There is a hyphen in the wrong place: a part of the domain cannot start or end with one.</source>
        <translation>Hay un guion mal colocado: una parte del dominio no puede empezar ni terminar con guion.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="265"/>
        <source>The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.</source>
        <translation>El dominio no termina con un nombre: termina como .com o .es, no con un número ni una sola letra.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="269"/>
        <source>The address is too long to be an email address.</source>
        <translation>La dirección es demasiado larga para ser una dirección de correo.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="193"/>
        <source>The details are in {path}.</source>
        <translation>Los detalles están en {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="195"/>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="226"/>
        <source>Something went wrong last time</source>
        <translation>Algo salió mal la última vez</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="227"/>
        <source>The assistant closed unexpectedly the last time it was used.</source>
        <translation>El asistente se cerró inesperadamente la última vez que se usó.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="332"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="333"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>El asistente encontró un problema inesperado. Sus respuestas se conservan: puede continuar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="197"/>
        <source>IT may ask for them.</source>
        <translation>Es posible que el departamento de TI se los pida.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="205"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="7"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Se le redirige a la página Suscripciones de su cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="8"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>No puede iniciar sesión, o sucede otra cosa</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="9"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Ocurrirá una de las siguientes situaciones: elija la que vea.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="10"/>
        <source>What happens?</source>
        <translation>¿Qué sucede?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="15"/>
        <source>You are not the billing admin</source>
        <translation>No es el administrador de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="16"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Si aún no encuentra el contacto de facturación, póngase en contacto con el administrador que gestiona su cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="11"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Si no puede iniciar sesión, use el enlace «¿Olvidó su contraseña?» (Forgot password?) de la página de inicio de sesión del propio portal: este asistente no puede ver ni restablecer su contraseña.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="16"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Inicie sesión en el Portal de facturación para empresas con su ID de usuario (recibido en una factura enviada por correo electrónico) y su contraseña.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="13"/>
        <source>Billing Center</source>
        <translation>Centro de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="14"/>
        <source>Admin Center</source>
        <translation>Centro de administración</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="17"/>
        <source>Corporate Billing Portal</source>
        <translation>Portal de facturación para empresas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="29"/>
        <source>Open the Billing Center</source>
        <translation>Abrir el Centro de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="30"/>
        <source>Open the Admin Center</source>
        <translation>Abrir el Centro de administración</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="33"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Abrir el Portal de facturación para empresas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="43"/>
        <source>Write to your account admin…</source>
        <translation>Escribir al administrador de su cuenta…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="56"/>
        <source>How to change the billing contact…</source>
        <translation>Cómo cambiar el contacto de facturación…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="25"/>
        <source>Who is the billing contact for my account?</source>
        <translation>¿Quién es el contacto de facturación de mi cuenta?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="27"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>El contacto de facturación (es decir, el administrador de facturación) de su cuenta es un miembro de su organización (no un representante de LogMeIn) con privilegios especiales: puede cambiar el plan de suscripción de la cuenta, cambiar la información de pago y facturación, y administrar el resto de la configuración de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="34"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Solo los contactos de facturación o los administradores de la cuenta pueden ver quién es el contacto de facturación de una cuenta. Si cree que es el contacto de facturación pero no está seguro, puede comprobarlo de una de estas dos formas. Usted inicia sesión en el portal, en su propio navegador: este asistente nunca le pide la contraseña.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="43"/>
        <source>How do you want to check?</source>
        <translation>¿Cómo quiere comprobarlo?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="45"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>¿Qué forma elegir? El Centro de facturación sirve para cualquier persona que pueda ser el contacto de facturación. El Centro de administración es para los administradores de la cuenta; si usted no es el administrador de facturación, también muestra quién lo es.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="51"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>¿Está ayudando a alguien por teléfono? Pregúntele en cuál de los dos portales puede iniciar sesión. La persona inicia sesión en la propia página del portal, en su navegador: nunca le pida la contraseña.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="73"/>
        <source>Sign in to the Billing Center</source>
        <translation>Iniciar sesión en el Centro de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="77"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Inicie sesión en el Centro de facturación en {billing_center} con la dirección de correo electrónico y la contraseña que usa para {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="88"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>La página de inicio de sesión del Centro de facturación pide la dirección de correo electrónico y la contraseña que usa para {product}. Después de iniciar sesión, llegará a la página Suscripciones de su cuenta, que enumera sus planes, o verá el mensaje «Parece que ha llegado a la ubicación incorrecta», que indica que esa quizá no sea la página que buscaba.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="106"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Aparece el mensaje «Parece que ha llegado a la ubicación incorrecta»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="122"/>
        <source>Look at your My Account page</source>
        <translation>Consulte su página Mi cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="126"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Haga clic en el perfil de cuenta: se le redirige a la página Mi cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="28"/>
        <source>This page says what your answers mean and what to do next. “Share summary” copies, saves or prints your answers and the result, to send them to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Esta página explica qué significan sus respuestas y qué hacer a continuación. «Compartir resumen» copia, guarda o imprime sus respuestas y el resultado, para enviarlos a TI o al administrador de su cuenta. «Empezar de nuevo» borra todas las respuestas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="34"/>
        <source>The walk code under the result is the letters of your answers, such as B-A-B. Read it to your help desk: with “Open a walk code…” (Ctrl+O) they open the same result, in their own language.</source>
        <translation>El código de recorrido bajo el resultado son las letras de sus respuestas, por ejemplo B-A-B. Léaselo a su servicio de asistencia: con «Abrir un código de recorrido…» (Ctrl+O) abrirá el mismo resultado, en su propio idioma.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="40"/>
        <source>Where the next step is to write to someone, “Write to…” opens an email in your own mail program, to check and send yourself: nothing is sent without you.</source>
        <translation>Cuando el siguiente paso es escribir a alguien, «Escribir a…» abre un correo en su propio programa de correo, para que usted lo revise y lo envíe: no se envía nada sin usted.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="45"/>
        <source>Where your answers tell which portal manages your account&apos;s billing, “How to change the billing contact…” says whom to ask at GoTo, on which conditions, and what to have at hand; it opens GoTo&apos;s support page in your browser.</source>
        <translation>Cuando sus respuestas indican qué portal gestiona la facturación de su cuenta, «Cómo cambiar el contacto de facturación…» indica a quién dirigirse en GoTo, con qué condiciones y qué tener a mano; abre la página de soporte de GoTo en su navegador.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="38"/>
        <source>Write to the billing admin…</source>
        <translation>Escribir al administrador de facturación…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="48"/>
        <source>Try the Admin Center instead</source>
        <translation>Probar en su lugar el Centro de administración</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="53"/>
        <source>Try the Billing Center instead</source>
        <translation>Probar en su lugar el Centro de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="61"/>
        <source>In the Billing Center (for anyone who thinks they are the billing contact)</source>
        <translation>En el Centro de facturación (si cree que es el contacto de facturación)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="66"/>
        <source>In the Admin Center (account admins only)</source>
        <translation>En el Centro de administración (solo administradores de la cuenta)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="102"/>
        <source>The Billing Center opened the account&apos;s Subscriptions page.</source>
        <translation>El Centro de facturación abrió la página Suscripciones de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="108"/>
        <source>The Billing Center said “You seem to have landed in the wrong place”.</source>
        <translation>El Centro de facturación mostró «Parece que ha llegado a la ubicación incorrecta».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="116"/>
        <source>Signing in to the Billing Center failed, or it showed something else.</source>
        <translation>No se pudo iniciar sesión en el Centro de facturación, o mostró otra cosa.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="129"/>
        <source>What does your My Account page show?</source>
        <translation>¿Qué muestra su página Mi cuenta?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="131"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>El perfil de cuenta es su nombre o su imagen en la parte superior del portal. En la página Mi cuenta, un enlace «Ir a facturación» significa que la cuenta se factura a través del Portal de facturación para empresas; sin él, la cuenta es estándar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="141"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Una cuenta estándar: la página no ofrece «Ir a facturación»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="143"/>
        <source>The My Account page offers no “Go to Billing”: it is a standard account.</source>
        <translation>La página Mi cuenta no ofrece «Ir a facturación»: es una cuenta estándar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="149"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>La cuenta se administra en el Portal de facturación para empresas: la página ofrece «Ir a facturación»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="154"/>
        <source>The My Account page offers “Go to Billing”: the account is managed in the Corporate Billing Portal.</source>
        <translation>La página Mi cuenta ofrece «Ir a facturación»: la cuenta se administra en el Portal de facturación para empresas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="164"/>
        <source>Sign in to the Admin Center</source>
        <translation>Iniciar sesión en el Centro de administración</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="166"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Si es administrador de la cuenta, puede iniciar sesión en el Centro de administración para averiguar si también es administrador de facturación de su cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="174"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Inicie sesión en el Centro de administración en {admin_center} con la dirección de correo electrónico y la contraseña de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="179"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>En la barra de navegación de la izquierda, seleccione «Agregar licencias» (Add Licenses).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="185"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Inicie sesión con la misma dirección de correo electrónico y contraseña que usa para {product}. «Agregar licencias» (Add Licenses) está en la barra de navegación de la izquierda. Si no puede iniciar sesión en el Centro de administración, es posible que no sea administrador de la cuenta: pruebe en su lugar con el Centro de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="198"/>
        <source>In the Admin Center, “Add Licenses” opened the account&apos;s Subscriptions page.</source>
        <translation>En el Centro de administración, «Agregar licencias» abrió la página Suscripciones de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="204"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Un mensaje le pide que se ponga en contacto con su administrador de facturación (muestra su nombre y dirección de correo electrónico) para realizar cambios de productos o licencias en su cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="210"/>
        <source>In the Admin Center, “Add Licenses” showed a message to contact the billing admin, with their name and email address, for product or licensing changes.</source>
        <translation>En el Centro de administración, «Agregar licencias» mostró un mensaje para ponerse en contacto con el administrador de facturación, con su nombre y dirección de correo electrónico, para cambios de productos o licencias.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="218"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Un mensaje le pide que seleccione un producto para acceder al Centro de facturación y agregar licencias</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="223"/>
        <source>In the Admin Center, “Add Licenses” asked to select a product to reach the Billing Center.</source>
        <translation>En el Centro de administración, «Agregar licencias» pidió seleccionar un producto para acceder al Centro de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="233"/>
        <source>Signing in to the Admin Center failed, or it showed something else.</source>
        <translation>No se pudo iniciar sesión en el Centro de administración, o mostró otra cosa.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="239"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Iniciar sesión en el Portal de facturación para empresas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="241"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Puede que sea o no administrador de facturación, pero su cuenta se administra en el Portal de facturación para empresas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="248"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>En la página Mi cuenta, haga clic en «Ir a facturación» o vaya a {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="254"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Haga clic en el logotipo de un producto de su cuenta o vaya a {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="259"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>¿Puede iniciar sesión en el Portal de facturación para empresas?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="261"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>En el Portal de facturación para empresas se inicia sesión con un ID de usuario, no con su dirección de correo electrónico: lo encontrará en las facturas que se le envían por correo electrónico. Si ha perdido la contraseña, use el enlace correspondiente de la página de inicio de sesión del portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="272"/>
        <source>Yes, I signed in</source>
        <translation>Sí, he iniciado sesión</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="274"/>
        <source>Signing in to the Corporate Billing Portal with the user ID worked.</source>
        <translation>El inicio de sesión en el Portal de facturación para empresas con el ID de usuario funcionó.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="278"/>
        <source>No, I cannot sign in</source>
        <translation>No, no puedo iniciar sesión</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="280"/>
        <source>Signing in to the Corporate Billing Portal with the user ID failed.</source>
        <translation>El inicio de sesión en el Portal de facturación para empresas con el ID de usuario falló.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="25"/>
        <source>You are the billing admin</source>
        <translation>Es el administrador de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="27"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Se le ha redirigido a la página Suscripciones de su cuenta: usted es el contacto de facturación de su cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="33"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>En el Centro de facturación puede cambiar el plan de suscripción, la información de pago y facturación, y el resto de la configuración de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="77"/>
        <source>The Admin Center&apos;s message names your billing admin: it shows their name and email address.</source>
        <translation>El mensaje del Centro de administración indica su administrador de facturación: muestra su nombre y su dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="82"/>
        <source>To ask for product or licensing changes, click “Email the billing admin” in that message: it opens an email to them in your mail program. If it does not, write to them from here.</source>
        <translation>Para solicitar cambios de productos o licencias, haga clic en «Enviar un correo electrónico al administrador de facturación» en ese mensaje: se abre un correo dirigido a esa persona en su programa de correo. Si no se abre, escríbale desde aquí.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="110"/>
        <source>The sign-in failed, or the portal showed something this assistant does not know: this way does not tell who the billing contact is.</source>
        <translation>No se pudo iniciar sesión, o el portal mostró algo que este asistente no conoce: esta vía no indica quién es el contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="116"/>
        <source>Ask the admin who manages your {product} account who the billing contact is. Or try the other way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing contact.</source>
        <translation>Pregunte al administrador que gestiona su cuenta de {product} quién es el contacto de facturación. O pruebe la otra vía: el Centro de administración es para los administradores de la cuenta; el Centro de facturación, para quien pueda ser el contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="66"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Tiene una cuenta estándar y no es el administrador de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="47"/>
        <source>You are the billing admin, in the Corporate Billing Portal</source>
        <translation>Es el administrador de facturación, en el Portal de facturación para empresas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="49"/>
        <source>Your account&apos;s billing is managed in the Corporate Billing Portal, by those who sign in to it with the user ID from an invoice sent by email, as you did.</source>
        <translation>La facturación de su cuenta se administra en el Portal de facturación para empresas, por quienes inician sesión en él con el ID de usuario de una factura enviada por correo electrónico, como ha hecho usted.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="55"/>
        <source>For the account&apos;s billing, sign in to the Corporate Billing Portal with your user ID and your password.</source>
        <translation>Para la facturación de la cuenta, inicie sesión en el Portal de facturación para empresas con su ID de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="67"/>
        <source>For more information, contact your account admin.</source>
        <translation>Para obtener más información, póngase en contacto con el administrador de su cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="95"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>No puede iniciar sesión en el Portal de facturación para empresas, así que no es el administrador de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="108"/>
        <source>You have not found the billing contact yet</source>
        <translation>Aún no ha encontrado el contacto de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="15"/>
        <source>The name and email address of the new billing contact.</source>
        <translation>El nombre y la dirección de correo electrónico del nuevo contacto de facturación.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="20"/>
        <source>Your account is managed in the Billing Center</source>
        <translation>Su cuenta se gestiona en el Centro de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="21"/>
        <source>To change the billing contact, contact GoTo&apos;s Customer Care: on GoTo&apos;s support page, select “Contact Support”.</source>
        <translation>Para cambiar el contacto de facturación, póngase en contacto con Atención al cliente de GoTo mediante una de las opciones de contacto de la página de soporte de GoTo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="26"/>
        <source>Customer Care honours the request only if both of these conditions apply:</source>
        <translation>Atención al cliente solo tramita la solicitud si se cumplen estas dos condiciones:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="30"/>
        <source>You can verify the current credit card information that is listed for the account.</source>
        <translation>Puede verificar los datos actuales de la tarjeta de crédito que figura en la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="33"/>
        <source>You are the named credit card holder or a listed account admin.</source>
        <translation>Es la persona titular de la tarjeta de crédito o un administrador registrado de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="36"/>
        <source>The email address you use for {product}.</source>
        <translation>La dirección de correo electrónico que usa para {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="37"/>
        <source>The credit card currently listed for the account, to verify its information.</source>
        <translation>La tarjeta de crédito que figura actualmente en la cuenta, para verificar sus datos.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="40"/>
        <source>If your account is managed in the Billing Center instead, contact GoTo&apos;s Customer Care from GoTo&apos;s support page. They change the billing contact only if you can verify the current credit card information listed for the account and you are the named card holder or a listed account admin.</source>
        <translation>Si, en cambio, su cuenta se gestiona en el Centro de facturación, póngase en contacto con Atención al cliente de GoTo desde la página de soporte de GoTo. Solo cambian el contacto de facturación si puede verificar los datos actuales de la tarjeta de crédito que figura en la cuenta y es la persona titular de la tarjeta o un administrador registrado de la cuenta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="49"/>
        <source>Your account is managed in the Corporate Billing Portal</source>
        <translation>Su cuenta se gestiona en el Portal de facturación para empresas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="50"/>
        <source>To change the billing contact, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Para cambiar el contacto de facturación, póngase en contacto con su representante de GoTo o con Corporate Account Services.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="57"/>
        <source>An invoice sent by email: it shows the account&apos;s user ID for the Corporate Billing Portal.</source>
        <translation>Una factura enviada por correo electrónico: en ella figura el ID de usuario de la cuenta para el Portal de facturación para empresas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="62"/>
        <source>If your account is managed in the Corporate Billing Portal instead, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Si, en cambio, su cuenta se gestiona en el Portal de facturación para empresas, póngase en contacto con su representante de GoTo o con Corporate Account Services.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="103"/>
        <location filename="../gui/billing_contact/services/i18n.py" line="58"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Idioma desconocido {code}: los idiomas disponibles son {languages}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="127"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="128"/>
        <source>Licence files</source>
        <translation>Archivos de licencia</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="129"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="132"/>
        <source>Billing Contact Assistant is free software under the MIT licence, below. Run from source, it uses the Qt, PySide6 and Python installed with it, each under its own licence; the installed program carries their texts in its licenses folder.</source>
        <translation>El Asistente de contacto de facturación es software libre con licencia MIT, a continuación. Ejecutado desde el código fuente, usa los Qt, PySide6 y Python instalados con él, cada uno con su propia licencia; el programa instalado incluye sus textos en su carpeta licenses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="141"/>
        <source>Billing Contact Assistant and what it carries, each under its own licence. The index, {index}, names each one, its licence and the file with its text.</source>
        <translation>El Asistente de contacto de facturación y lo que incluye, cada uno con su propia licencia. El índice, {index}, nombra cada componente, su licencia y el archivo con su texto.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="378"/>
        <source>Result: {headline}, walk code {code}</source>
        <translation>Resultado: {headline}, código de recorrido {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="382"/>
        <source>Step {number}, {title}</source>
        <translation>Paso {number}, {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="386"/>
        <source>Step {number}, {title}, reached by answer {letter}</source>
        <translation>Paso {number}, {title}, al que lleva la respuesta {letter}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="392"/>
        <source>Answer {letter}: {answer}</source>
        <translation>Respuesta {letter}: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="397"/>
        <source>On your walk.</source>
        <translation>En su recorrido.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="400"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="533"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="572"/>
        <source>Map of every walk</source>
        <translation>Mapa de todos los recorridos</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="535"/>
        <source>Every step, every answer with its letter, and the result each walk leads to, with its walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.</source>
        <translation>Cada paso, cada respuesta con su letra y el resultado al que lleva cada recorrido, con su código de recorrido. Su recorrido está resaltado. Tab o las teclas de flecha pasan de un recuadro a otro.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="284"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="287"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>Copiar {address} para pegarlo en un chat o en un correo electrónico</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="85"/>
        <location filename="../gui/billing_contact/ui/widgets.py" line="279"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="92"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="93"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="98"/>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="99"/>
        <source>billing-contact-summary</source>
        <translation>resumen-contacto-facturacion</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="122"/>
        <source>The summary was not saved</source>
        <translation>El resumen no se guardó</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="123"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>No se pudo escribir en {path}. No quedó nada allí; guárdelo en otro lugar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="136"/>
        <source>Share summary</source>
        <translation>Compartir resumen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="138"/>
        <source>Copy, save or print your answers and the result, to send them to IT or your account admin</source>
        <translation>Copiar, guardar o imprimir sus respuestas y el resultado, para enviarlos a TI o al administrador de su cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="145"/>
        <source>Opens a menu to copy, save or print your answers and the result, for IT or your account admin</source>
        <translation>Abre un menú para copiar, guardar o imprimir sus respuestas y el resultado, para TI o el administrador de su cuenta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="149"/>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="150"/>
        <source>Save summary…</source>
        <translation>Guardar resumen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="151"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="409"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="296"/>
        <source>Write to {name}…</source>
        <translation>Escribir a {name}…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="304"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>El contacto de su organización para esta cuenta: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="309"/>
        <source>Open the help desk</source>
        <translation>Abrir el servicio de asistencia</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="362"/>
        <location filename="../gui/billing_contact/ui/pages.py" line="210"/>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="32"/>
        <source>Who is the billing contact? Summary</source>
        <translation>¿Quién es el contacto de facturación? Resumen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="33"/>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="34"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="35"/>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="36"/>
        <source>Portal addresses</source>
        <translation>Direcciones de los portales</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="37"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="38"/>
        <source>Billing Contact Assistant version</source>
        <translation>Versión del Asistente de contacto de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="39"/>
        <source>Walk code</source>
        <translation>Código de recorrido</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="40"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="272"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="273"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="274"/>
        <source>Not determined</source>
        <translation>Sin determinar</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="279"/>
        <source>What to do next:</source>
        <translation>Qué hacer a continuación:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="313"/>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="366"/>
        <location filename="../gui/billing_contact/ui/verdict.py" line="288"/>
        <source>Walk code: {code}</source>
        <translation>Código de recorrido: {code}</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="113"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Paso {step} ({title}): «{found}» no es una letra de respuesta. El paso {step} ofrece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="116"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>El paso {step} ({title}) no tiene la respuesta {found}. Ofrece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="117"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>El paso {step} ({title}) aún no tiene respuesta. Ofrece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="118"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>No hay paso {step}: las respuestas anteriores ya llevan a un resultado. Quite {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="89"/>
        <source>The letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>Las letras de las respuestas, tal como las muestra la página del resultado (por ejemplo B-A-B). El mismo código abre el mismo resultado en todos los idiomas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="101"/>
        <source>Opens the result: {headline}</source>
        <translation>Abre el resultado: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="141"/>
        <source>Open a walk code</source>
        <translation>Abrir un código de recorrido</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="143"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Código de recorrido: las letras de las respuestas, tal como las muestra la página del resultado (por ejemplo B-A-B). El mismo código abre el mismo resultado en todos los idiomas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="151"/>
        <source>Walk code</source>
        <translation>Código de recorrido</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="232"/>
        <source>The email was not sent</source>
        <translation>El correo no se envió</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="239"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="59"/>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="37"/>
        <source>Who to ask: {who}.</source>
        <translation>A quién preguntar: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="40"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>A quién preguntar: el administrador que gestiona su cuenta de {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="45"/>
        <source>Help desk: {url}</source>
        <translation>Servicio de asistencia: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="46"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="72"/>
        <source>About Billing Contact Assistant</source>
        <translation>Acerca del Asistente de contacto de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="73"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Asistente de contacto de facturación {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="76"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Averigua quién es el contacto de facturación de su cuenta de {product} siguiendo el artículo de ayuda de GoTo. Abre los portales en su navegador y nunca pide, lee ni almacena contraseñas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre con licencia MIT.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="88"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>No está afiliado a GoTo ni a LogMeIn, ni cuenta con su respaldo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="92"/>
        <source>Find out who the billing contact of your {product} account is</source>
        <translation>Averigüe quién es el contacto de facturación de su cuenta de {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="233"/>
        <source>You started an email and did not send it. Close the assistant anyway? What you typed will be lost.</source>
        <translation>Empezó un correo y no lo envió. ¿Cerrar el asistente de todos modos? Lo que escribió se perderá.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="404"/>
        <source>Billing Contact Assistant</source>
        <translation>Asistente de contacto de facturación</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="412"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="414"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="418"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="417"/>
        <source>Opens the menu of languages</source>
        <translation>Abre el menú de idiomas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="422"/>
        <source>Open a walk code…</source>
        <translation>Abrir un código de recorrido…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="425"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Abrir el resultado de un código de recorrido como B-A-B ({shortcut})</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="83"/>
        <source>It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence. “Licences…” shows their texts.</source>
        <translation>Está hecho con Qt y PySide6, bajo la GNU LGPL versión 3, y con Python, bajo la licencia PSF. «Licencias…» muestra sus textos.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="94"/>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="98"/>
        <source>Licences…</source>
        <translation>Licencias…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="29"/>
        <source>“Show the map” draws every step, answer and result at once, with the answers&apos; letters and the walk codes, and your walk highlighted: where each answer leads, and where you are.</source>
        <translation>«Mostrar el mapa» dibuja a la vez todos los pasos, respuestas y resultados, con las letras de las respuestas y los códigos de recorrido, y su recorrido resaltado: adónde lleva cada respuesta y dónde está usted.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="53"/>
        <source>Show the map…</source>
        <translation>Mostrar el mapa…</translation>
    </message>
</context>
</TS>
