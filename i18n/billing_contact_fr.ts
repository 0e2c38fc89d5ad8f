<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Étape {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="105"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="350"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Point de départ inconnu {value}&#xa0;: utilisez l&apos;une des valeurs {paths}. L&apos;assistant commence à sa première page.</translation>
    </message>
</context>
<context>
    <name>ChangeContact</name>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="241"/>
        <source>Change the billing contact</source>
        <translation>Changer le contact de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="248"/>
        <source>Have at hand:</source>
        <translation>À avoir sous la main&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="254"/>
        <source>&amp;Open GoTo&apos;s support page</source>
        <translation>&amp;Ouvrir la page d&apos;assistance de GoTo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="88"/>
        <source>Try &apos;{program} --help&apos;.</source>
        <translation>Saisissez «&#xa0;{program} --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="89"/>
        <source>Unknown option {option}. The options are {options}.</source>
        <translation>Option inconnue&#xa0;: {option}. Les options sont {options}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="90"/>
        <source>Did you mean {option}?</source>
        <translation>Vouliez-vous dire {option}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="91"/>
        <source>{option} needs a value.</source>
        <translation>{option} demande une valeur.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="92"/>
        <source>--walk and --start each choose where to open: give one.</source>
        <translation>--walk et --start choisissent chacune où ouvrir&#xa0;: n&apos;en donnez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="93"/>
        <source>The walk code {code} opens nothing.</source>
        <translation>Le code de parcours {code} n&apos;ouvre rien.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="94"/>
        <source>{file}: the map is written as SVG, PDF or PNG, by the file&apos;s extension: {extensions}.</source>
        <translation>{file}&#xa0;: la carte s&apos;écrit en SVG, PDF ou PNG, selon l&apos;extension du fichier&#xa0;: {extensions}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="97"/>
        <source>--export-map writes a file and opens no window: {option} does not apply.</source>
        <translation>--export-map écrit un fichier et n&apos;ouvre aucune fenêtre&#xa0;: {option} ne s&apos;applique pas ici.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="100"/>
        <source>Cannot write the map to {file}: {reason}</source>
        <translation>Impossible d&apos;écrire la carte dans {file}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="57"/>
        <source>Could not open the address</source>
        <translation>Impossible d&apos;ouvrir l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="58"/>
        <source>No browser opened this address. Copy it and open it in your browser:</source>
        <translation>Aucun navigateur n&apos;a ouvert cette adresse. Copiez-la et ouvrez-la dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="65"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="70"/>
        <source>No mail program opened the email to {address}. Copy it, then paste it into a new email in your mail program or webmail.</source>
        <translation>Aucune messagerie n&apos;a ouvert l&apos;e-mail à {address}. Copiez-le, puis collez-le dans un nouvel e-mail de votre messagerie ou de votre webmail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="76"/>
        <source>Could not open the email</source>
        <translation>Impossible d&apos;ouvrir l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="82"/>
        <source>Copy email</source>
        <translation>Copier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="90"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="100"/>
        <source>To: {address}</source>
        <translation>À&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="101"/>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="75"/>
        <source>Hello {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="76"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="145"/>
        <source>What I checked:</source>
        <translation>Ce que j&apos;ai vérifié&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="148"/>
        <source>Thank you, and kind regards,</source>
        <translation>Merci d&apos;avance et bien cordialement,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="66"/>
        <source>Add licenses</source>
        <translation>Ajouter des licences</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="67"/>
        <source>Change the subscription plan</source>
        <translation>Modifier l&apos;abonnement</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="68"/>
        <source>Update the payment method</source>
        <translation>Mettre à jour le moyen de paiement</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="69"/>
        <source>Something else…</source>
        <translation>Autre chose…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="82"/>
        <source>I would like to add licenses to our {product} account.</source>
        <translation>Je souhaite ajouter des licences à notre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="84"/>
        <source>I would like to change the subscription plan of our {product} account.</source>
        <translation>Je souhaite modifier l&apos;abonnement de notre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="88"/>
        <source>I would like to update the payment method of our {product} account.</source>
        <translation>Je souhaite mettre à jour le moyen de paiement de notre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="96"/>
        <source>I have a request about our {product} account: {request}</source>
        <translation>J&apos;ai une demande concernant notre compte {product}&#xa0;: {request}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="99"/>
        <source>I have a request about our {product} account.</source>
        <translation>J&apos;ai une demande concernant notre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="107"/>
        <source>Adding licenses to our {product} account</source>
        <translation>Ajout de licences à notre compte {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="109"/>
        <source>Changing the subscription plan of our {product} account</source>
        <translation>Modification de l&apos;abonnement de notre compte {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="111"/>
        <source>Updating the payment method of our {product} account</source>
        <translation>Mise à jour du moyen de paiement de notre compte {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="113"/>
        <source>A request about our {product} account</source>
        <translation>Une demande concernant notre compte {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="120"/>
        <source>The Admin Center names you as the billing admin of this account. Could you please help me with it?</source>
        <translation>Le centre d&apos;administration vous désigne comme administrateur de la facturation de ce compte. Pourriez-vous m&apos;aider&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="124"/>
        <source>For that I need to reach its billing contact, and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?</source>
        <translation>Pour cela, je dois joindre son contact de facturation, et les portails ne m&apos;ont pas indiqué de qui il s&apos;agit. Pourriez-vous me l&apos;indiquer, ou transmettre ce message à quelqu&apos;un qui le sait&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="378"/>
        <source>Say in a few words what you need.</source>
        <translation>Décrivez en quelques mots ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="381"/>
        <source>Choose what you need.</source>
        <translation>Choisissez ce dont vous avez besoin.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="392"/>
        <source>To: {address}</source>
        <translation>À&#xa0;: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="393"/>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="432"/>
        <source>Write to the billing admin</source>
        <translation>Écrire à l&apos;administrateur de la facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="433"/>
        <source>Copy the billing admin&apos;s name and email address from the Admin Center&apos;s message. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Copiez le nom et l&apos;adresse e-mail de l&apos;administrateur de la facturation depuis le message du centre d&apos;administration. L&apos;e-mail s&apos;ouvre dans votre messagerie, où vous pouvez le modifier avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="438"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nom de l&apos;administrateur de la facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="439"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>A&amp;dresse e-mail de l&apos;administrateur de la facturation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="441"/>
        <source>Write to your account admin</source>
        <translation>Écrire à l&apos;administrateur de votre compte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="442"/>
        <source>Ask the admin who manages your {product} account who its billing contact is. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Demandez à l&apos;administrateur qui gère votre compte {product} qui en est le contact de facturation. L&apos;e-mail s&apos;ouvre dans votre messagerie, où vous pouvez le modifier avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="447"/>
        <source>Account admin&apos;s &amp;name:</source>
        <translation>&amp;Nom de l&apos;administrateur du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="448"/>
        <source>Account admin&apos;s &amp;email address:</source>
        <translation>A&amp;dresse e-mail de l&apos;administrateur du compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="453"/>
        <source>&amp;What do you need?</source>
        <translation>De quoi avez-vous &amp;besoin&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="454"/>
        <source>Something else, in your &amp;own words:</source>
        <translation>Autre chose, avec vos propres &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="455"/>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Votre nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="459"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="460"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="464"/>
        <source>It signs the email. The assistant remembers it on this computer for next time.</source>
        <translation>Il signe l&apos;e-mail. L&apos;assistant le retient sur cet ordinateur pour la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="456"/>
        <source>The email &amp;reads:</source>
        <translation>&amp;Texte de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="467"/>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="468"/>
        <source>Opens the email in your mail program</source>
        <translation>Ouvre l&apos;e-mail dans votre messagerie</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="105"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Qui est le contact de facturation de notre compte {product}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="237"/>
        <source>Enter an email address, such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="238"/>
        <source>There is more than one address here: enter only one.</source>
        <translation>Il y a plus d&apos;une adresse ici&#xa0;: n&apos;en saisissez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="239"/>
        <source>There is a space inside the address: an email address has none.</source>
        <translation>Il y a un espace dans l&apos;adresse&#xa0;: une adresse e-mail n&apos;en contient aucun.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="240"/>
        <source>There is no @ in the address: an email address has one, as in name@example.com.</source>
        <translation>Il n&apos;y a pas de @ dans l&apos;adresse&#xa0;: une adresse e-mail en contient un, comme dans nom@exemple.fr.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="243"/>
        <source>There is more than one @ in the address: an email address has only one.</source>
        <translation>Il y a plus d&apos;un @ dans l&apos;adresse&#xa0;: une adresse e-mail n&apos;en contient qu&apos;un.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="246"/>
        <source>There is nothing before the @: an address starts with a name, as in name@example.com.</source>
        <translation>Il n&apos;y a rien avant le @&#xa0;: une adresse commence par un nom, comme dans nom@exemple.fr.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="249"/>
        <source>There is nothing after the @: an address ends with a domain, as in name@example.com.</source>
        <translation>Il n&apos;y a rien après le @&#xa0;: une adresse se termine par un domaine, comme dans nom@exemple.fr.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="252"/>
        <source>There is “{character}” in the address: an email address cannot contain it.</source>
        <translation>L&apos;adresse contient «&#xa0;{character}&#xa0;»&#xa0;: une adresse e-mail ne peut pas le contenir.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="255"/>
        <source>There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.</source>
        <translation>Un point est mal placé&#xa0;: un point ne peut pas venir en premier, en dernier, à côté du @ ni deux fois de suite.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="259"/>
        <source>There is no dot after the @: the domain has one, as in example.com.</source>
        <translation>Il n&apos;y a pas de point après le @&#xa0;: le domaine en contient un, comme dans exemple.fr.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="262"/>
        <source>There is a hyphen in the wrong place: a part of the domain cannot start or end with one.</source>
        <translation>Un trait d&apos;union est mal placé&#xa0;: une partie du domaine ne peut ni commencer ni finir par un trait d&apos;union.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="265"/>
        <source>The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.</source>
        <translation>Le domaine ne se termine pas par un nom&#xa0;: il se termine comme .com ou .fr, pas par un nombre ni une seule lettre.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="269"/>
        <source>The address is too long to be an email address.</source>
        <translation>L&apos;adresse est trop longue pour être une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="193"/>
        <source>The details are in {path}.</source>
        <translation>Les détails se trouvent dans {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="195"/>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="226"/>
        <source>Something went wrong last time</source>
        <translation>Un problème est survenu la dernière fois</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="227"/>
        <source>The assistant closed unexpectedly the last time it was used.</source>
        <translation>L&apos;assistant s&apos;est fermé de manière inattendue lors de sa dernière utilisation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="332"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="333"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>L&apos;assistant a rencontré un problème inattendu. Vos réponses sont conservées&#xa0;: vous pouvez continuer.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="197"/>
        <source>IT may ask for them.</source>
        <translation>Le service informatique pourrait vous les demander.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="205"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="7"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Vous êtes redirigé vers la page Abonnements de votre compte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="8"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Vous ne parvenez pas à vous connecter, ou il se passe autre chose</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="9"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>L&apos;une des situations suivantes se produit&#xa0;: choisissez celle que vous voyez.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="10"/>
        <source>What happens?</source>
        <translation>Que se passe-t-il&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="15"/>
        <source>You are not the billing admin</source>
        <translation>Vous n&apos;êtes pas l&apos;administrateur de la facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="16"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Si vous ne trouvez toujours pas le contact de facturation, contactez l&apos;administrateur qui gère votre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="11"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Si la connexion échoue, utilisez le lien «&#xa0;Mot de passe oublié&#xa0;?&#xa0;» sur la page de connexion du portail&#xa0;: cet assistant ne peut ni voir ni réinitialiser votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="16"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Connectez-vous au portail de facturation Corporate avec votre ID utilisateur (figurant sur une facture reçue par e-mail) et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="13"/>
        <source>Billing Center</source>
        <translation>Centre de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="14"/>
        <source>Admin Center</source>
        <translation>Centre d&apos;administration</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="17"/>
        <source>Corporate Billing Portal</source>
        <translation>Portail de facturation Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="29"/>
        <source>Open the Billing Center</source>
        <translation>Ouvrir le centre de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="30"/>
        <source>Open the Admin Center</source>
        <translation>Ouvrir le centre d&apos;administration</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="33"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Ouvrir le portail de facturation Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="43"/>
        <source>Write to your account admin…</source>
        <translation>Écrire à l&apos;administrateur de votre compte…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="56"/>
        <source>How to change the billing contact…</source>
        <translation>Comment changer le contact de facturation…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="25"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Qui est le contact de facturation associé à mon compte&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="27"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Le contact de facturation (c&apos;est-à-dire l&apos;administrateur de la facturation) de votre compte est un membre de votre organisation (et non un représentant LogMeIn) qui dispose de privilèges spéciaux&#xa0;: il peut changer l&apos;abonnement du compte, modifier les informations de paiement et de facturation, et gérer les autres paramètres du compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="34"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Seuls les contacts de facturation ou les administrateurs de compte peuvent voir qui est le contact de facturation d&apos;un compte. Si vous pensez être le contact de facturation sans en être sûr, vous pouvez le vérifier de l&apos;une de ces deux façons. Vous vous connectez vous-même au portail, dans votre propre navigateur&#xa0;: cet assistant ne vous demande jamais votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="43"/>
        <source>How do you want to check?</source>
        <translation>Comment voulez-vous vérifier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="45"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Quelle méthode choisir&#xa0;? Le centre de facturation convient à toute personne susceptible d&apos;être le contact de facturation. Le centre d&apos;administration est destiné aux administrateurs de compte&#xa0;; si vous n&apos;êtes pas l&apos;administrateur de la facturation, il indique aussi qui l&apos;est.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="51"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Vous aidez quelqu&apos;un par téléphone&#xa0;? Demandez-lui sur lequel des deux portails il peut se connecter. Il se connecte sur la page du portail lui-même, dans son navigateur&#xa0;: ne lui demandez jamais son mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="73"/>
        <source>Sign in to the Billing Center</source>
        <translation>Se connecter au centre de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="77"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Connectez-vous au centre de facturation à l&apos;adresse {billing_center} avec l&apos;adresse e-mail et le mot de passe que vous utilisez pour {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="88"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>La page de connexion du centre de facturation demande l&apos;adresse e-mail et le mot de passe que vous utilisez pour {product}. Une fois connecté, soit vous arrivez sur la page Abonnements de votre compte, qui liste vos abonnements, soit vous voyez le message «&#xa0;Il semble que vous ayez atterri au mauvais endroit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="106"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Le message «&#xa0;Il semble que vous ayez atterri au mauvais endroit&#xa0;» s&apos;affiche</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="122"/>
        <source>Look at your My Account page</source>
        <translation>Consultez votre page «&#xa0;Mon compte&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="126"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Cliquez sur le profil du compte&#xa0;: vous êtes redirigé vers la page «&#xa0;Mon compte&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="28"/>
        <source>This page says what your answers mean and what to do next. “Share summary” copies, saves or prints your answers and the result, to send them to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Cette page indique ce que signifient vos réponses et que faire ensuite. «&#xa0;Partager le résumé&#xa0;» copie, enregistre ou imprime vos réponses et le résultat, pour les envoyer au service informatique ou à l&apos;administrateur de votre compte. «&#xa0;Recommencer&#xa0;» efface toutes les réponses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="34"/>
        <source>The walk code under the result is the letters of your answers, such as B-A-B. Read it to your help desk: with “Open a walk code…” (Ctrl+O) they open the same result, in their own language.</source>
        <translation>Le code de parcours sous le résultat est fait des lettres de vos réponses, par exemple B-A-B. Lisez-le à votre service d&apos;assistance&#xa0;: avec «&#xa0;Ouvrir un code de parcours…&#xa0;» (Ctrl+O), il ouvre le même résultat, dans sa propre langue.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="40"/>
        <source>Where the next step is to write to someone, “Write to…” opens an email in your own mail program, to check and send yourself: nothing is sent without you.</source>
        <translation>Quand l&apos;étape suivante est d&apos;écrire à quelqu&apos;un, «&#xa0;Écrire à…&#xa0;» ouvre un e-mail dans votre propre messagerie, à vérifier et à envoyer vous-même&#xa0;: rien n&apos;est envoyé sans vous.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="45"/>
        <source>Where your answers tell which portal manages your account&apos;s billing, “How to change the billing contact…” says whom to ask at GoTo, on which conditions, and what to have at hand; it opens GoTo&apos;s support page in your browser.</source>
        <translation>Lorsque vos réponses indiquent quel portail gère la facturation de votre compte, «&#xa0;Comment changer le contact de facturation…&#xa0;» indique à qui vous adresser chez GoTo, à quelles conditions et quoi avoir sous la main&#xa0;; il ouvre la page d&apos;assistance de GoTo dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="38"/>
        <source>Write to the billing admin…</source>
        <translation>Écrire à l&apos;administrateur de la facturation…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="48"/>
        <source>Try the Admin Center instead</source>
        <translation>Essayer plutôt le centre d&apos;administration</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="53"/>
        <source>Try the Billing Center instead</source>
        <translation>Essayer plutôt le centre de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="61"/>
        <source>In the Billing Center (for anyone who thinks they are the billing contact)</source>
        <translation>Dans le centre de facturation (pour toute personne qui pense être le contact de facturation)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="66"/>
        <source>In the Admin Center (account admins only)</source>
        <translation>Dans le centre d&apos;administration (administrateurs du compte uniquement)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="102"/>
        <source>The Billing Center opened the account&apos;s Subscriptions page.</source>
        <translation>Le centre de facturation a ouvert la page Abonnements du compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="108"/>
        <source>The Billing Center said “You seem to have landed in the wrong place”.</source>
        <translation>Le centre de facturation a affiché «&#xa0;Il semble que vous ayez atterri au mauvais endroit&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="116"/>
        <source>Signing in to the Billing Center failed, or it showed something else.</source>
        <translation>La connexion au centre de facturation a échoué, ou il s&apos;est passé autre chose.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="129"/>
        <source>What does your My Account page show?</source>
        <translation>Que montre votre page «&#xa0;Mon compte&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="131"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Le profil du compte est votre nom ou votre photo en haut du portail. Sur la page «&#xa0;Mon compte&#xa0;», un lien «&#xa0;Accéder à la facturation&#xa0;» signifie que le compte est facturé via le portail de facturation Corporate&#xa0;; sans ce lien, il s&apos;agit d&apos;un compte standard.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="141"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Un compte standard&#xa0;: la page ne propose pas «&#xa0;Accéder à la facturation&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="143"/>
        <source>The My Account page offers no “Go to Billing”: it is a standard account.</source>
        <translation>La page «&#xa0;Mon compte&#xa0;» ne propose pas «&#xa0;Accéder à la facturation&#xa0;»&#xa0;: c&apos;est un compte standard.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="149"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>Le compte est géré dans le portail de facturation Corporate&#xa0;: la page propose «&#xa0;Accéder à la facturation&#xa0;»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="154"/>
        <source>The My Account page offers “Go to Billing”: the account is managed in the Corporate Billing Portal.</source>
        <translation>La page «&#xa0;Mon compte&#xa0;» propose «&#xa0;Accéder à la facturation&#xa0;»&#xa0;: le compte est géré dans le portail de facturation Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="164"/>
        <source>Sign in to the Admin Center</source>
        <translation>Se connecter au centre d&apos;administration</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="166"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Si vous êtes administrateur de compte, vous pouvez vous connecter au centre d&apos;administration pour savoir si vous êtes aussi administrateur de la facturation de votre compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="174"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Connectez-vous au centre d&apos;administration à l&apos;adresse {admin_center} avec votre adresse e-mail et votre mot de passe {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="179"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Dans la barre de navigation de gauche, sélectionnez «&#xa0;Ajouter des licences&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="185"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Connectez-vous avec la même adresse e-mail et le même mot de passe que pour {product}. «&#xa0;Ajouter des licences&#xa0;» se trouve dans la barre de navigation de gauche. Si vous ne parvenez pas à vous connecter au centre d&apos;administration, vous n&apos;êtes peut-être pas administrateur de compte&#xa0;: essayez plutôt le centre de facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="198"/>
        <source>In the Admin Center, “Add Licenses” opened the account&apos;s Subscriptions page.</source>
        <translation>Dans le centre d&apos;administration, «&#xa0;Ajouter des licences&#xa0;» a ouvert la page Abonnements du compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="204"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Un message vous invite à contacter votre administrateur de la facturation (il indique son nom et son adresse e-mail) pour apporter des modifications de produits ou de licences à votre compte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="210"/>
        <source>In the Admin Center, “Add Licenses” showed a message to contact the billing admin, with their name and email address, for product or licensing changes.</source>
        <translation>Dans le centre d&apos;administration, «&#xa0;Ajouter des licences&#xa0;» a affiché un message invitant à contacter l&apos;administrateur de la facturation, avec son nom et son adresse e-mail, pour les modifications de produits ou de licences.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="218"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Un message vous invite à sélectionner un produit pour accéder au centre de facturation et ajouter des licences</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="223"/>
        <source>In the Admin Center, “Add Licenses” asked to select a product to reach the Billing Center.</source>
        <translation>Dans le centre d&apos;administration, «&#xa0;Ajouter des licences&#xa0;» a demandé de sélectionner un produit pour accéder au centre de facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="233"/>
        <source>Signing in to the Admin Center failed, or it showed something else.</source>
        <translation>La connexion au centre d&apos;administration a échoué, ou il s&apos;est passé autre chose.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="239"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Se connecter au portail de facturation Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="241"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Vous êtes peut-être administrateur de la facturation, peut-être pas, mais votre compte est géré dans le portail de facturation Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="248"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Sur la page «&#xa0;Mon compte&#xa0;», cliquez sur «&#xa0;Accéder à la facturation&#xa0;», ou allez à l&apos;adresse {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="254"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Cliquez sur le logo d&apos;un produit de votre compte, ou allez à l&apos;adresse {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="259"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Parvenez-vous à vous connecter au portail de facturation Corporate&#xa0;?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="261"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Le portail de facturation Corporate vous connecte avec un ID utilisateur, et non avec votre adresse e-mail&#xa0;: vous le trouverez sur les factures qui vous sont envoyées par e-mail. Si vous avez perdu le mot de passe, utilisez le lien prévu à cet effet sur la page de connexion du portail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="272"/>
        <source>Yes, I signed in</source>
        <translation>Oui, la connexion a réussi</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="274"/>
        <source>Signing in to the Corporate Billing Portal with the user ID worked.</source>
        <translation>La connexion au portail de facturation Corporate avec l&apos;ID utilisateur a réussi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="278"/>
        <source>No, I cannot sign in</source>
        <translation>Non, je ne parviens pas à me connecter</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="280"/>
        <source>Signing in to the Corporate Billing Portal with the user ID failed.</source>
        <translation>La connexion au portail de facturation Corporate avec l&apos;ID utilisateur a échoué.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="25"/>
        <source>You are the billing admin</source>
        <translation>Vous êtes l&apos;administrateur de la facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="27"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Vous avez été redirigé vers la page Abonnements de votre compte&#xa0;: vous êtes le contact de facturation de votre compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="33"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Dans le centre de facturation, vous pouvez modifier l&apos;abonnement, les informations de paiement et de facturation, et les autres paramètres du compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="77"/>
        <source>The Admin Center&apos;s message names your billing admin: it shows their name and email address.</source>
        <translation>Le message du centre d&apos;administration désigne votre administrateur de la facturation&#xa0;: il indique son nom et son adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="82"/>
        <source>To ask for product or licensing changes, click “Email the billing admin” in that message: it opens an email to them in your mail program. If it does not, write to them from here.</source>
        <translation>Pour demander des modifications de produits ou de licences, cliquez sur «&#xa0;Envoyer un e-mail à l&apos;administrateur de la facturation&#xa0;» dans ce message&#xa0;: un e-mail à son intention s&apos;ouvre dans votre messagerie. Sinon, écrivez-lui d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="110"/>
        <source>The sign-in failed, or the portal showed something this assistant does not know: this way does not tell who the billing contact is.</source>
        <translation>La connexion a échoué, ou le portail a affiché quelque chose que cet assistant ne connaît pas&#xa0;: cette voie ne permet pas de savoir qui est le contact de facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="116"/>
        <source>Ask the admin who manages your {product} account who the billing contact is. Or try the other way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing contact.</source>
        <translation>Demandez à l&apos;administrateur qui gère votre compte {product} qui est le contact de facturation. Ou essayez l&apos;autre voie&#xa0;: le centre d&apos;administration est réservé aux administrateurs du compte, le centre de facturation s&apos;adresse à toute personne pouvant être le contact de facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="66"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Vous avez un compte standard et vous n&apos;êtes pas l&apos;administrateur de la facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="47"/>
        <source>You are the billing admin, in the Corporate Billing Portal</source>
        <translation>Vous êtes l&apos;administrateur de la facturation, dans le portail de facturation Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="49"/>
        <source>Your account&apos;s billing is managed in the Corporate Billing Portal, by those who sign in to it with the user ID from an invoice sent by email, as you did.</source>
        <translation>La facturation de votre compte est gérée dans le portail de facturation Corporate, par les personnes qui s&apos;y connectent avec l&apos;ID utilisateur figurant sur une facture reçue par e-mail, comme vous l&apos;avez fait.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="55"/>
        <source>For the account&apos;s billing, sign in to the Corporate Billing Portal with your user ID and your password.</source>
        <translation>Pour la facturation du compte, connectez-vous au portail de facturation Corporate avec votre ID utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="67"/>
        <source>For more information, contact your account admin.</source>
        <translation>Pour en savoir plus, contactez l&apos;administrateur de votre compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="95"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Vous ne parvenez pas à vous connecter au portail de facturation Corporate&#xa0;: vous n&apos;êtes donc pas l&apos;administrateur de la facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="108"/>
        <source>You have not found the billing contact yet</source>
        <translation>Vous n&apos;avez pas encore trouvé le contact de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="15"/>
        <source>The name and email address of the new billing contact.</source>
        <translation>Le nom et l&apos;adresse e-mail du nouveau contact de facturation.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="20"/>
        <source>Your account is managed in the Billing Center</source>
        <translation>Votre compte est géré dans le centre de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="21"/>
        <source>To change the billing contact, contact GoTo&apos;s Customer Care: on GoTo&apos;s support page, select “Contact Support”.</source>
        <translation>Pour changer le contact de facturation, contactez l&apos;assistance clientèle de GoTo&#xa0;: sur la page d&apos;assistance de GoTo, sélectionnez «&#xa0;Contacter l&apos;assistance&#xa0;».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="26"/>
        <source>Customer Care honours the request only if both of these conditions apply:</source>
        <translation>L&apos;assistance clientèle ne traite la demande que si les deux conditions suivantes sont remplies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="30"/>
        <source>You can verify the current credit card information that is listed for the account.</source>
        <translation>Vous êtes en mesure de vérifier les informations actuelles de la carte bancaire figurant sur le compte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="33"/>
        <source>You are the named credit card holder or a listed account admin.</source>
        <translation>Vous êtes le détenteur nominatif de la carte de crédit ou un administrateur de compte répertorié.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="36"/>
        <source>The email address you use for {product}.</source>
        <translation>L&apos;adresse e-mail que vous utilisez pour {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="37"/>
        <source>The credit card currently listed for the account, to verify its information.</source>
        <translation>La carte bancaire actuellement associée au compte, pour en vérifier les informations.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="40"/>
        <source>If your account is managed in the Billing Center instead, contact GoTo&apos;s Customer Care from GoTo&apos;s support page. They change the billing contact only if you can verify the current credit card information listed for the account and you are the named card holder or a listed account admin.</source>
        <translation>Si votre compte est plutôt géré dans le centre de facturation, contactez l&apos;assistance clientèle de GoTo depuis la page d&apos;assistance de GoTo. Elle ne change le contact de facturation que si vous pouvez vérifier les informations actuelles de la carte bancaire figurant sur le compte et que vous êtes le détenteur nominatif de la carte ou un administrateur de compte répertorié.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="49"/>
        <source>Your account is managed in the Corporate Billing Portal</source>
        <translation>Votre compte est géré dans le portail de facturation Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="50"/>
        <source>To change the billing contact, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Pour changer le contact de facturation, contactez votre conseiller GoTo ou Corporate Account Services.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="57"/>
        <source>An invoice sent by email: it shows the account&apos;s user ID for the Corporate Billing Portal.</source>
        <translation>Une facture reçue par e-mail&#xa0;: elle indique l&apos;ID utilisateur du compte pour le portail de facturation Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="62"/>
        <source>If your account is managed in the Corporate Billing Portal instead, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Si votre compte est plutôt géré dans le portail de facturation Corporate, contactez votre conseiller GoTo ou Corporate Account Services.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="103"/>
        <location filename="../gui/billing_contact/services/i18n.py" line="58"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Langue inconnue {code}&#xa0;: les langues disponibles sont {languages}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="127"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="128"/>
        <source>Licence files</source>
        <translation>Fichiers des licences</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="129"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="132"/>
        <source>Billing Contact Assistant is free software under the MIT licence, below. Run from source, it uses the Qt, PySide6 and Python installed with it, each under its own licence; the installed program carries their texts in its licenses folder.</source>
        <translation>L&apos;Assistant du contact de facturation est un logiciel libre sous licence MIT, ci-dessous. Lancé depuis les sources, il utilise les Qt, PySide6 et Python installés avec lui, chacun sous sa propre licence&#xa0;; le programme installé en contient les textes dans son dossier licenses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="141"/>
        <source>Billing Contact Assistant and what it carries, each under its own licence. The index, {index}, names each one, its licence and the file with its text.</source>
        <translation>L&apos;Assistant du contact de facturation et ce qu&apos;il contient, chacun sous sa propre licence. L&apos;index, {index}, nomme chaque composant, sa licence et le fichier de son texte.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="378"/>
        <source>Result: {headline}, walk code {code}</source>
        <translation>Résultat&#xa0;: {headline}, code de parcours {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="382"/>
        <source>Step {number}, {title}</source>
        <translation>Étape {number}, {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="386"/>
        <source>Step {number}, {title}, reached by answer {letter}</source>
        <translation>Étape {number}, {title}, atteinte par la réponse {letter}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="392"/>
        <source>Answer {letter}: {answer}</source>
        <translation>Réponse {letter}&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="397"/>
        <source>On your walk.</source>
        <translation>Sur votre parcours.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="400"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="533"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="572"/>
        <source>Map of every walk</source>
        <translation>Carte de tous les parcours</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="535"/>
        <source>Every step, every answer with its letter, and the result each walk leads to, with its walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.</source>
        <translation>Chaque étape, chaque réponse avec sa lettre, et le résultat auquel mène chaque parcours, avec son code de parcours. Votre parcours est mis en évidence. Tab ou les touches fléchées passent d&apos;une case à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="284"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="287"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>Copier {address} pour le coller dans une discussion ou un e-mail</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="85"/>
        <location filename="../gui/billing_contact/ui/widgets.py" line="279"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="92"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="93"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="98"/>
        <source>Save the summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="99"/>
        <source>billing-contact-summary</source>
        <translation>resume-contact-facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="122"/>
        <source>The summary was not saved</source>
        <translation>Le résumé n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="123"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Il n&apos;a pas pu être écrit dans {path}. Rien n&apos;y a été laissé&#xa0;; enregistrez-le ailleurs.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="136"/>
        <source>Share summary</source>
        <translation>Partager le résumé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="138"/>
        <source>Copy, save or print your answers and the result, to send them to IT or your account admin</source>
        <translation>Copier, enregistrer ou imprimer vos réponses et le résultat, pour les envoyer au service informatique ou à l&apos;administrateur de votre compte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="145"/>
        <source>Opens a menu to copy, save or print your answers and the result, for IT or your account admin</source>
        <translation>Ouvre un menu pour copier, enregistrer ou imprimer vos réponses et le résultat, pour le service informatique ou l&apos;administrateur de votre compte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="149"/>
        <source>Copy summary</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="150"/>
        <source>Save summary…</source>
        <translation>Enregistrer le résumé…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="151"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="409"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="296"/>
        <source>Write to {name}…</source>
        <translation>Écrire à {name}…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="304"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Contact de votre organisation pour ce compte&#xa0;: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="309"/>
        <source>Open the help desk</source>
        <translation>Ouvrir le service d&apos;assistance</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="362"/>
        <location filename="../gui/billing_contact/ui/pages.py" line="210"/>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="32"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Qui est le contact de facturation&#xa0;? Résumé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="33"/>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="34"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="35"/>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="36"/>
        <source>Portal addresses</source>
        <translation>Adresses des portails</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="37"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="38"/>
        <source>Billing Contact Assistant version</source>
        <translation>Version de l&apos;Assistant du contact de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="39"/>
        <source>Walk code</source>
        <translation>Code de parcours</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="40"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="272"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="273"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="274"/>
        <source>Not determined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="279"/>
        <source>What to do next:</source>
        <translation>Que faire ensuite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="313"/>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="366"/>
        <location filename="../gui/billing_contact/ui/verdict.py" line="288"/>
        <source>Walk code: {code}</source>
        <translation>Code de parcours&#xa0;: {code}</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="113"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Étape {step} ({title})&#xa0;: «&#xa0;{found}&#xa0;» n&apos;est pas une lettre de réponse. L&apos;étape {step} propose {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="116"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>L&apos;étape {step} ({title}) n&apos;a pas de réponse {found}. Elle propose {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="117"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>L&apos;étape {step} ({title}) n&apos;a pas encore de réponse. Elle propose {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="118"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Il n&apos;y a pas d&apos;étape {step}&#xa0;: les réponses précédentes mènent déjà à un résultat. Retirez {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="89"/>
        <source>The letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>Les lettres des réponses, telles que la page du résultat les affiche (par exemple B-A-B). Le même code ouvre le même résultat dans toutes les langues.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="101"/>
        <source>Opens the result: {headline}</source>
        <translation>Ouvre le résultat&#xa0;: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="141"/>
        <source>Open a walk code</source>
        <translation>Ouvrir un code de parcours</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="143"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Code de parcours&#xa0;: les lettres des réponses, telles que la page du résultat les affiche (par exemple B-A-B). Le même code ouvre le même résultat dans toutes les langues.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="151"/>
        <source>Walk code</source>
        <translation>Code de parcours</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="232"/>
        <source>The email was not sent</source>
        <translation>L&apos;e-mail n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="239"/>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="59"/>
        <source>About…</source>
        <translation>À propos…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="37"/>
        <source>Who to ask: {who}.</source>
        <translation>À qui s&apos;adresser&#xa0;: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="40"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>À qui s&apos;adresser&#xa0;: l&apos;administrateur qui gère votre compte {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="45"/>
        <source>Help desk: {url}</source>
        <translation>Service d&apos;assistance&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="46"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="72"/>
        <source>About Billing Contact Assistant</source>
        <translation>À propos de l&apos;Assistant du contact de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="73"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistant du contact de facturation {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="76"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Trouve qui est le contact de facturation de votre compte {product}, en suivant l&apos;article d&apos;aide de GoTo. Il ouvre les portails dans votre navigateur et ne demande, ne lit ni n&apos;enregistre jamais de mot de passe.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="88"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Ni affilié à GoTo ou LogMeIn, ni approuvé par eux.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="92"/>
        <source>Find out who the billing contact of your {product} account is</source>
        <translation>Découvrez qui est le contact de facturation de votre compte {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="233"/>
        <source>You started an email and did not send it. Close the assistant anyway? What you typed will be lost.</source>
        <translation>Vous avez commencé un e-mail sans l&apos;envoyer. Fermer l&apos;assistant quand même&#xa0;? Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="404"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistant du contact de facturation</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="412"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="414"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="418"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="417"/>
        <source>Opens the menu of languages</source>
        <translation>Ouvre le menu des langues</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="422"/>
        <source>Open a walk code…</source>
        <translation>Ouvrir un code de parcours…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="425"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Ouvrir le résultat d&apos;un code de parcours comme B-A-B ({shortcut})</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="83"/>
        <source>It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence. “Licences…” shows their texts.</source>
        <translation>Il est construit avec Qt et PySide6, sous licence GNU LGPL version 3, et Python, sous licence PSF. «&#xa0;Licences…&#xa0;» affiche leurs textes.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="94"/>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="98"/>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="29"/>
        <source>“Show the map” draws every step, answer and result at once, with the answers&apos; letters and the walk codes, and your walk highlighted: where each answer leads, and where you are.</source>
        <translation>«&#xa0;Afficher la carte&#xa0;» dessine d&apos;un coup toutes les étapes, réponses et résultats, avec les lettres des réponses et les codes de parcours, votre parcours mis en évidence&#xa0;: où mène chaque réponse, et où vous en êtes.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="53"/>
        <source>Show the map…</source>
        <translation>Afficher la carte…</translation>
    </message>
</context>
</TS>
