<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="105"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="350"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Unbekannter Startpunkt {value}: Verwenden Sie einen der Werte {paths}. Der Assistent beginnt mit seiner ersten Seite.</translation>
    </message>
</context>
<context>
    <name>ChangeContact</name>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="241"/>
        <source>Change the billing contact</source>
        <translation>Abrechnungskontakt ändern</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="248"/>
        <source>Have at hand:</source>
        <translation>Halten Sie bereit:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="254"/>
        <source>&amp;Open GoTo&apos;s support page</source>
        <translation>&amp;Support-Seite von GoTo öffnen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="88"/>
        <source>Try &apos;{program} --help&apos;.</source>
        <translation>„{program} --help“ liefert weitere Informationen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="89"/>
        <source>Unknown option {option}. The options are {options}.</source>
        <translation>Unbekannte Option {option}. Die Optionen sind {options}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="90"/>
        <source>Did you mean {option}?</source>
        <translation>Meinten Sie {option}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="91"/>
        <source>{option} needs a value.</source>
        <translation>{option} braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="92"/>
        <source>--walk and --start each choose where to open: give one.</source>
        <translation>--walk und --start legen beide fest, wo sich der Assistent öffnet: Geben Sie nur eine davon an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="93"/>
        <source>The walk code {code} opens nothing.</source>
        <translation>Der Antwortcode {code} öffnet nichts.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="94"/>
        <source>{file}: the map is written as SVG, PDF or PNG, by the file&apos;s extension: {extensions}.</source>
        <translation>{file}: Die Karte wird je nach Dateiendung als SVG, PDF oder PNG geschrieben: {extensions}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="97"/>
        <source>--export-map writes a file and opens no window: {option} does not apply.</source>
        <translation>--export-map schreibt eine Datei und öffnet kein Fenster: {option} ist hier nicht anwendbar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="100"/>
        <source>Cannot write the map to {file}: {reason}</source>
        <translation>Die Karte kann nicht in {file} geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="57"/>
        <source>Could not open the address</source>
        <translation>Die Adresse konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="58"/>
        <source>No browser opened this address. Copy it and open it in your browser:</source>
        <translation>Kein Browser hat diese Adresse geöffnet. Kopieren Sie sie und öffnen Sie sie in Ihrem Browser:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="65"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="70"/>
        <source>No mail program opened the email to {address}. Copy it, then paste it into a new email in your mail program or webmail.</source>
        <translation>Kein E-Mail-Programm hat die E-Mail an {address} geöffnet. Kopieren Sie sie und fügen Sie sie in eine neue E-Mail in Ihrem E-Mail-Programm oder Webmail ein.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="76"/>
        <source>Could not open the email</source>
        <translation>Die E-Mail konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="82"/>
        <source>Copy email</source>
        <translation>E-Mail kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="90"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="100"/>
        <source>To: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="101"/>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="75"/>
        <source>Hello {name},</source>
        <translation>Guten Tag {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="76"/>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="145"/>
        <source>What I checked:</source>
        <translation>Was ich geprüft habe:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="148"/>
        <source>Thank you, and kind regards,</source>
        <translation>Vielen Dank und freundliche Grüße</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="66"/>
        <source>Add licenses</source>
        <translation>Lizenzen hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="67"/>
        <source>Change the subscription plan</source>
        <translation>Abonnementplan ändern</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="68"/>
        <source>Update the payment method</source>
        <translation>Zahlungsmethode aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="69"/>
        <source>Something else…</source>
        <translation>Etwas anderes…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="82"/>
        <source>I would like to add licenses to our {product} account.</source>
        <translation>ich möchte unserem {product}-Konto Lizenzen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="84"/>
        <source>I would like to change the subscription plan of our {product} account.</source>
        <translation>ich möchte den Abonnementplan unseres {product}-Kontos ändern.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="88"/>
        <source>I would like to update the payment method of our {product} account.</source>
        <translation>ich möchte die Zahlungsmethode unseres {product}-Kontos aktualisieren.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="96"/>
        <source>I have a request about our {product} account: {request}</source>
        <translation>ich habe ein Anliegen zu unserem {product}-Konto: {request}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="99"/>
        <source>I have a request about our {product} account.</source>
        <translation>ich habe ein Anliegen zu unserem {product}-Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="107"/>
        <source>Adding licenses to our {product} account</source>
        <translation>Lizenzen für unser {product}-Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="109"/>
        <source>Changing the subscription plan of our {product} account</source>
        <translation>Abonnementplan unseres {product}-Kontos ändern</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="111"/>
        <source>Updating the payment method of our {product} account</source>
        <translation>Zahlungsmethode unseres {product}-Kontos aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="113"/>
        <source>A request about our {product} account</source>
        <translation>Ein Anliegen zu unserem {product}-Konto</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="120"/>
        <source>The Admin Center names you as the billing admin of this account. Could you please help me with it?</source>
        <translation>Das Admin Center nennt Sie als Abrechnungsadministrator dieses Kontos. Könnten Sie mir bitte dabei helfen?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="124"/>
        <source>For that I need to reach its billing contact, and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?</source>
        <translation>Dafür brauche ich den Abrechnungskontakt des Kontos, und die Portale haben mir nicht gezeigt, wer es ist. Könnten Sie es mir bitte sagen oder diese Nachricht an jemanden weiterleiten, der es weiß?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="378"/>
        <source>Say in a few words what you need.</source>
        <translation>Beschreiben Sie in wenigen Worten, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="381"/>
        <source>Choose what you need.</source>
        <translation>Wählen Sie aus, was Sie brauchen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="392"/>
        <source>To: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="393"/>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="432"/>
        <source>Write to the billing admin</source>
        <translation>An den Abrechnungsadministrator schreiben</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="433"/>
        <source>Copy the billing admin&apos;s name and email address from the Admin Center&apos;s message. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Tragen Sie Name und E-Mail-Adresse hier ein, wie die Meldung im Admin Center sie zeigt. Die E-Mail öffnet sich in Ihrem E-Mail-Programm, wo Sie sie vor dem Senden noch ändern können.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="438"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Name des Abrechnungsadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="439"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>&amp;E-Mail-Adresse des Abrechnungsadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="441"/>
        <source>Write to your account admin</source>
        <translation>An Ihren Kontoadministrator schreiben</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="442"/>
        <source>Ask the admin who manages your {product} account who its billing contact is. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Fragen Sie die Person, die Ihr {product}-Konto verwaltet, wer der Abrechnungskontakt ist. Die E-Mail öffnet sich in Ihrem E-Mail-Programm, wo Sie sie vor dem Senden noch ändern können.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="447"/>
        <source>Account admin&apos;s &amp;name:</source>
        <translation>&amp;Name des Kontoadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="448"/>
        <source>Account admin&apos;s &amp;email address:</source>
        <translation>&amp;E-Mail-Adresse des Kontoadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="453"/>
        <source>&amp;What do you need?</source>
        <translation>Was &amp;brauchen Sie?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="454"/>
        <source>Something else, in your &amp;own words:</source>
        <translation>Etwas anderes, in Ihren eigenen &amp;Worten:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="455"/>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Ihr Name (optional):</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="459"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="460"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="464"/>
        <source>It signs the email. The assistant remembers it on this computer for next time.</source>
        <translation>Er unterschreibt die E-Mail. Der Assistent merkt ihn sich auf diesem Computer für das nächste Mal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="456"/>
        <source>The email &amp;reads:</source>
        <translation>&amp;Text der E-Mail:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="467"/>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="468"/>
        <source>Opens the email in your mail program</source>
        <translation>Öffnet die E-Mail in Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="105"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Wer ist der Abrechnungskontakt unseres Kontos für {product}?</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="237"/>
        <source>Enter an email address, such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. name@beispiel.de.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="238"/>
        <source>There is more than one address here: enter only one.</source>
        <translation>Hier steht mehr als eine Adresse: Geben Sie nur eine ein.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="239"/>
        <source>There is a space inside the address: an email address has none.</source>
        <translation>Die Adresse enthält ein Leerzeichen: Eine E-Mail-Adresse hat keines.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="240"/>
        <source>There is no @ in the address: an email address has one, as in name@example.com.</source>
        <translation>Die Adresse enthält kein @: Eine E-Mail-Adresse hat eines, wie in name@beispiel.de.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="243"/>
        <source>There is more than one @ in the address: an email address has only one.</source>
        <translation>Die Adresse enthält mehr als ein @: Eine E-Mail-Adresse hat nur eines.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="246"/>
        <source>There is nothing before the @: an address starts with a name, as in name@example.com.</source>
        <translation>Vor dem @ steht nichts: Eine Adresse beginnt mit einem Namen, wie in name@beispiel.de.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="249"/>
        <source>There is nothing after the @: an address ends with a domain, as in name@example.com.</source>
        <translation>Nach dem @ steht nichts: Eine Adresse endet mit einer Domain, wie in name@beispiel.de.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="252"/>
        <source>There is “{character}” in the address: an email address cannot contain it.</source>
        <translation>Die Adresse enthält „{character}“: Das darf eine E-Mail-Adresse nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="255"/>
        <source>There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.</source>
        <translation>Ein Punkt steht an der falschen Stelle: Ein Punkt darf nicht am Anfang, am Ende, direkt neben dem @ oder zweimal hintereinander stehen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="259"/>
        <source>There is no dot after the @: the domain has one, as in example.com.</source>
        <translation>Nach dem @ fehlt ein Punkt: Die Domain hat einen, wie in beispiel.de.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="262"/>
        <source>There is a hyphen in the wrong place: a part of the domain cannot start or end with one.</source>
        <translation>Ein Bindestrich steht an der falschen Stelle: Ein Teil der Domain darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="265"/>
        <source>The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.</source>
        <translation>Die Domain endet nicht mit einem Namen: Sie endet wie .com oder .de, nicht mit einer Zahl oder einem einzelnen Buchstaben.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="269"/>
        <source>The address is too long to be an email address.</source>
        <translation>Die Adresse ist zu lang für eine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="193"/>
        <source>The details are in {path}.</source>
        <translation>Die Details stehen in {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="195"/>
        <source>The details could not be written to a log file.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="226"/>
        <source>Something went wrong last time</source>
        <translation>Beim letzten Mal ist etwas schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="227"/>
        <source>The assistant closed unexpectedly the last time it was used.</source>
        <translation>Der Assistent wurde bei der letzten Verwendung unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="332"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="333"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>Der Assistent ist auf ein unerwartetes Problem gestoßen. Ihre Antworten bleiben erhalten: Sie können weitermachen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="197"/>
        <source>IT may ask for them.</source>
        <translation>Die IT-Abteilung fragt vielleicht danach.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="205"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="7"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Sie werden auf die Abonnementseite Ihres Kontos weitergeleitet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="8"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Sie können sich nicht anmelden, oder es passiert etwas anderes</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="9"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Es tritt eine der folgenden Situationen ein – wählen Sie die passende aus.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="10"/>
        <source>What happens?</source>
        <translation>Was passiert?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="15"/>
        <source>You are not the billing admin</source>
        <translation>Sie sind nicht der Abrechnungsadministrator</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="16"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Wenn Sie den Abrechnungskontakt immer noch nicht finden können, wenden Sie sich an den Administrator, der Ihr Konto für {product} verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="11"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Wenn die Anmeldung fehlschlägt, verwenden Sie den Link „Kennwort vergessen?“ (Forgot password?) auf der Anmeldeseite des Portals: Dieser Assistent kann Ihr Kennwort weder sehen noch zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="16"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Melden Sie sich im Corporate Billing Portal mit Ihrer Benutzer-ID (aus einer Rechnung, die Sie per E-Mail erhalten haben) und Ihrem Kennwort an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="13"/>
        <source>Billing Center</source>
        <translation>Abrechnungscenter (Billing Center)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="14"/>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="17"/>
        <source>Corporate Billing Portal</source>
        <translation>Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="29"/>
        <source>Open the Billing Center</source>
        <translation>Abrechnungscenter öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="30"/>
        <source>Open the Admin Center</source>
        <translation>Admin Center öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="33"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Corporate Billing Portal öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="43"/>
        <source>Write to your account admin…</source>
        <translation>An Ihren Kontoadministrator schreiben…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="56"/>
        <source>How to change the billing contact…</source>
        <translation>So ändern Sie den Abrechnungskontakt…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="25"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Wer ist der Abrechnungskontakt für mein Konto?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="27"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Der Abrechnungskontakt (d. h. der Abrechnungsadministrator) Ihres Kontos ist ein Mitglied Ihrer Organisation (kein Mitarbeiter von LogMeIn) mit besonderen Berechtigungen: Er kann den Abonnementplan des Kontos ändern, die Zahlungs- und Abrechnungsinformationen bearbeiten und die übrigen Kontoeinstellungen verwalten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="34"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Nur Abrechnungskontakte oder Kontoadministratoren können sehen, wer der Abrechnungskontakt eines Kontos ist. Wenn Sie glauben, der Abrechnungskontakt zu sein, aber nicht sicher sind, können Sie es auf eine dieser beiden Arten prüfen. Sie melden sich selbst im Portal an, in Ihrem eigenen Browser: Dieser Assistent fragt nie nach Ihrem Kennwort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="43"/>
        <source>How do you want to check?</source>
        <translation>Wie möchten Sie es prüfen?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="45"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Welcher Weg? Das Abrechnungscenter eignet sich für alle, die der Abrechnungskontakt sein könnten. Das Admin Center ist für Kontoadministratoren gedacht; wenn Sie nicht der Abrechnungsadministrator sind, zeigt es auch an, wer es ist.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="51"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Helfen Sie jemandem am Telefon? Fragen Sie die Person, bei welchem der beiden Portale sie sich anmelden kann. Sie meldet sich auf der Seite des Portals selbst an, in ihrem eigenen Browser: Fragen Sie sie nie nach ihrem Kennwort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="73"/>
        <source>Sign in to the Billing Center</source>
        <translation>Im Abrechnungscenter anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="77"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Melden Sie sich im Abrechnungscenter (Billing Center) unter {billing_center} mit der E-Mail-Adresse und dem Kennwort an, die Sie für {product} verwenden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="88"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>Die Anmeldeseite des Abrechnungscenters fragt nach der E-Mail-Adresse und dem Kennwort, die Sie für {product} verwenden. Nach der Anmeldung landen Sie entweder auf der Abonnementseite Ihres Kontos, die Ihre Abonnements auflistet, oder Sie sehen die Meldung „Sie haben hier keinen Zugriff“.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="106"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Die Meldung „Sie haben hier keinen Zugriff“ wird angezeigt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="122"/>
        <source>Look at your My Account page</source>
        <translation>Sehen Sie sich Ihre Seite „Mein Konto“ an</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="126"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Klicken Sie auf Ihr Kontoprofil: Sie werden auf die Seite „Mein Konto“ weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="28"/>
        <source>This page says what your answers mean and what to do next. “Share summary” copies, saves or prints your answers and the result, to send them to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Diese Seite erklärt, was Ihre Antworten bedeuten und was als Nächstes zu tun ist. „Zusammenfassung teilen“ kopiert, speichert oder druckt Ihre Antworten und das Ergebnis, um sie an die IT oder Ihren Kontoadministrator zu senden. „Neu beginnen“ löscht alle Antworten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="34"/>
        <source>The walk code under the result is the letters of your answers, such as B-A-B. Read it to your help desk: with “Open a walk code…” (Ctrl+O) they open the same result, in their own language.</source>
        <translation>Der Antwortcode unter dem Ergebnis besteht aus den Buchstaben Ihrer Antworten, zum Beispiel B-A-B. Lesen Sie ihn Ihrem Helpdesk vor: Mit „Antwortcode öffnen…“ (Strg+O) öffnet er dasselbe Ergebnis in seiner eigenen Sprache.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="40"/>
        <source>Where the next step is to write to someone, “Write to…” opens an email in your own mail program, to check and send yourself: nothing is sent without you.</source>
        <translation>Wenn der nächste Schritt eine Nachricht an jemanden ist, öffnet „An … schreiben…“ eine E-Mail in Ihrem eigenen E-Mail-Programm, die Sie prüfen und selbst senden: Ohne Sie wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="45"/>
        <source>Where your answers tell which portal manages your account&apos;s billing, “How to change the billing contact…” says whom to ask at GoTo, on which conditions, and what to have at hand; it opens GoTo&apos;s support page in your browser.</source>
        <translation>Wenn Ihre Antworten zeigen, welches Portal die Abrechnung Ihres Kontos verwaltet, sagt „So ändern Sie den Abrechnungskontakt…“, an wen Sie sich bei GoTo wenden, unter welchen Bedingungen und was Sie bereithalten sollten; es öffnet die Support-Seite von GoTo in Ihrem Browser.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="38"/>
        <source>Write to the billing admin…</source>
        <translation>An den Abrechnungsadministrator schreiben…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="48"/>
        <source>Try the Admin Center instead</source>
        <translation>Stattdessen das Admin Center versuchen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="53"/>
        <source>Try the Billing Center instead</source>
        <translation>Stattdessen das Abrechnungscenter versuchen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="61"/>
        <source>In the Billing Center (for anyone who thinks they are the billing contact)</source>
        <translation>Im Abrechnungscenter (für alle, die glauben, der Abrechnungskontakt zu sein)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="66"/>
        <source>In the Admin Center (account admins only)</source>
        <translation>Im Admin Center (nur Kontoadministratoren)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="102"/>
        <source>The Billing Center opened the account&apos;s Subscriptions page.</source>
        <translation>Das Abrechnungscenter hat die Abonnementseite des Kontos geöffnet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="108"/>
        <source>The Billing Center said “You seem to have landed in the wrong place”.</source>
        <translation>Das Abrechnungscenter hat „Sie haben hier keinen Zugriff“ angezeigt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="116"/>
        <source>Signing in to the Billing Center failed, or it showed something else.</source>
        <translation>Die Anmeldung im Abrechnungscenter ist fehlgeschlagen, oder es wurde etwas anderes angezeigt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="129"/>
        <source>What does your My Account page show?</source>
        <translation>Was zeigt Ihre Seite „Mein Konto“?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="131"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Das Kontoprofil ist Ihr Name oder Ihr Bild oben im Portal. Wenn die Seite „Mein Konto“ einen Link „Zur Abrechnung“ enthält, wird das Konto über das Corporate Billing Portal abgerechnet; ohne diesen Link ist es ein Standard-Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="141"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Ein Standard-Konto: Die Seite bietet kein „Zur Abrechnung“</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="143"/>
        <source>The My Account page offers no “Go to Billing”: it is a standard account.</source>
        <translation>Die Seite „Mein Konto“ bietet kein „Zur Abrechnung“: Es ist ein Standard-Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="149"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>Das Konto wird im Corporate Billing Portal verwaltet: Die Seite bietet „Zur Abrechnung“</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="154"/>
        <source>The My Account page offers “Go to Billing”: the account is managed in the Corporate Billing Portal.</source>
        <translation>Die Seite „Mein Konto“ bietet „Zur Abrechnung“: Das Konto wird im Corporate Billing Portal verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="164"/>
        <source>Sign in to the Admin Center</source>
        <translation>Im Admin Center anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="166"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Wenn Sie Kontoadministrator sind, können Sie sich im Admin Center anmelden, um herauszufinden, ob Sie auch Abrechnungsadministrator Ihres Kontos sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="174"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Melden Sie sich unter {admin_center} mit Ihrer E-Mail-Adresse und Ihrem Kennwort für {product} im Admin Center an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="179"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Wählen Sie in der linken Navigationsleiste „Lizenzen hinzufügen“ aus.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="185"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Melden Sie sich mit derselben E-Mail-Adresse und demselben Kennwort wie für {product} an. „Lizenzen hinzufügen“ befindet sich in der Navigationsleiste links. Wenn Sie sich nicht im Admin Center anmelden können, sind Sie möglicherweise kein Kontoadministrator: Versuchen Sie es stattdessen mit dem Abrechnungscenter.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="198"/>
        <source>In the Admin Center, “Add Licenses” opened the account&apos;s Subscriptions page.</source>
        <translation>Im Admin Center hat „Lizenzen hinzufügen“ die Abonnementseite des Kontos geöffnet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="204"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Die Meldung „Wenden Sie sich an Ihren Abrechnungsadministrator (Name, E-Mail-Adresse), um Produkt- oder Lizenzänderungen für Ihr Konto anzufordern.“ wird angezeigt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="210"/>
        <source>In the Admin Center, “Add Licenses” showed a message to contact the billing admin, with their name and email address, for product or licensing changes.</source>
        <translation>Im Admin Center hat „Lizenzen hinzufügen“ eine Meldung angezeigt, sich für Produkt- oder Lizenzänderungen an den Abrechnungsadministrator zu wenden, mit Name und E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="218"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Eine Meldung fordert Sie auf, ein Produkt auszuwählen, um zum Abrechnungscenter zu gelangen und Lizenzen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="223"/>
        <source>In the Admin Center, “Add Licenses” asked to select a product to reach the Billing Center.</source>
        <translation>Im Admin Center hat „Lizenzen hinzufügen“ dazu aufgefordert, ein Produkt auszuwählen, um zum Abrechnungscenter zu gelangen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="233"/>
        <source>Signing in to the Admin Center failed, or it showed something else.</source>
        <translation>Die Anmeldung im Admin Center ist fehlgeschlagen, oder es wurde etwas anderes angezeigt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="239"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Im Corporate Billing Portal anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="241"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Möglicherweise sind Sie Abrechnungsadministrator, möglicherweise nicht – Ihr Konto wird aber im Corporate Billing Portal verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="248"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Klicken Sie auf der Seite „Mein Konto“ auf „Zur Abrechnung“ oder gehen Sie zu {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="254"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Klicken Sie auf das Logo eines Produkts in Ihrem Konto oder gehen Sie zu {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="259"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Können Sie sich im Corporate Billing Portal anmelden?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="261"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Im Corporate Billing Portal melden Sie sich mit einer Benutzer-ID an, nicht mit Ihrer E-Mail-Adresse: Sie finden sie auf den Rechnungen, die Ihnen per E-Mail geschickt werden. Wenn Sie das Kennwort nicht mehr wissen, verwenden Sie den entsprechenden Link auf der Anmeldeseite des Portals.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="272"/>
        <source>Yes, I signed in</source>
        <translation>Ja, ich habe mich angemeldet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="274"/>
        <source>Signing in to the Corporate Billing Portal with the user ID worked.</source>
        <translation>Die Anmeldung im Corporate Billing Portal mit der Benutzer-ID hat funktioniert.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="278"/>
        <source>No, I cannot sign in</source>
        <translation>Nein, ich kann mich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="280"/>
        <source>Signing in to the Corporate Billing Portal with the user ID failed.</source>
        <translation>Die Anmeldung im Corporate Billing Portal mit der Benutzer-ID ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="25"/>
        <source>You are the billing admin</source>
        <translation>Sie sind der Abrechnungsadministrator</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="27"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Sie wurden auf die Abonnementseite Ihres Kontos weitergeleitet: Sie sind der Abrechnungskontakt für Ihr Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="33"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Im Abrechnungscenter können Sie den Abonnementplan, die Zahlungs- und Abrechnungsinformationen und die übrigen Kontoeinstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="77"/>
        <source>The Admin Center&apos;s message names your billing admin: it shows their name and email address.</source>
        <translation>Die Meldung im Admin Center gibt Ihren Abrechnungsadministrator an: Die Meldung nennt Name und E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="82"/>
        <source>To ask for product or licensing changes, click “Email the billing admin” in that message: it opens an email to them in your mail program. If it does not, write to them from here.</source>
        <translation>Um Produkt- oder Lizenzänderungen anzufordern, klicken Sie in dieser Meldung auf „E-Mail an den Abrechnungsadministrator“: Ihr E-Mail-Programm öffnet eine neue E-Mail. Falls nicht, schreiben Sie von hier aus.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="110"/>
        <source>The sign-in failed, or the portal showed something this assistant does not know: this way does not tell who the billing contact is.</source>
        <translation>Die Anmeldung ist fehlgeschlagen, oder das Portal hat etwas angezeigt, das dieser Assistent nicht kennt: Auf diesem Weg lässt sich der Abrechnungskontakt nicht ermitteln.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="116"/>
        <source>Ask the admin who manages your {product} account who the billing contact is. Or try the other way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing contact.</source>
        <translation>Fragen Sie die Person, die Ihr {product}-Konto verwaltet, wer der Abrechnungskontakt ist. Oder versuchen Sie den anderen Weg: Das Admin Center ist für Kontoadministratoren, das Abrechnungscenter für alle, die der Abrechnungskontakt sein könnten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="66"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Sie haben ein Standard-Konto und sind nicht der Abrechnungsadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="47"/>
        <source>You are the billing admin, in the Corporate Billing Portal</source>
        <translation>Sie sind der Abrechnungsadministrator – im Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="49"/>
        <source>Your account&apos;s billing is managed in the Corporate Billing Portal, by those who sign in to it with the user ID from an invoice sent by email, as you did.</source>
        <translation>Die Abrechnung Ihres Kontos wird im Corporate Billing Portal verwaltet, und zwar von denen, die sich dort mit der Benutzer-ID aus einer per E-Mail erhaltenen Rechnung anmelden – so wie Sie.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="55"/>
        <source>For the account&apos;s billing, sign in to the Corporate Billing Portal with your user ID and your password.</source>
        <translation>Melden Sie sich für die Abrechnung des Kontos mit Ihrer Benutzer-ID und Ihrem Kennwort im Corporate Billing Portal an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="67"/>
        <source>For more information, contact your account admin.</source>
        <translation>Weitere Informationen erhalten Sie von Ihrem Kontoadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="95"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Sie können sich nicht im Corporate Billing Portal anmelden, also sind Sie nicht der Abrechnungsadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="108"/>
        <source>You have not found the billing contact yet</source>
        <translation>Sie haben den Abrechnungskontakt noch nicht gefunden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="15"/>
        <source>The name and email address of the new billing contact.</source>
        <translation>Name und E-Mail-Adresse des neuen Abrechnungskontakts.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="20"/>
        <source>Your account is managed in the Billing Center</source>
        <translation>Ihr Konto wird im Abrechnungscenter (Billing Center) verwaltet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="21"/>
        <source>To change the billing contact, contact GoTo&apos;s Customer Care: on GoTo&apos;s support page, select “Contact Support”.</source>
        <translation>Um den Abrechnungskontakt zu ändern, wenden Sie sich an den Kundenservice von GoTo: Wählen Sie auf der Support-Seite von GoTo „Support kontaktieren“.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="26"/>
        <source>Customer Care honours the request only if both of these conditions apply:</source>
        <translation>Der Kundenservice bearbeitet die Anfrage nur, wenn die folgenden beiden Bedingungen gelten:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="30"/>
        <source>You can verify the current credit card information that is listed for the account.</source>
        <translation>Sie können die aktuellen Kreditkartendaten bestätigen, die für das Konto hinterlegt sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="33"/>
        <source>You are the named credit card holder or a listed account admin.</source>
        <translation>Sie sind der Kreditkarteninhaber oder ein gelisteter Kontoadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="36"/>
        <source>The email address you use for {product}.</source>
        <translation>Die E-Mail-Adresse, die Sie für {product} verwenden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="37"/>
        <source>The credit card currently listed for the account, to verify its information.</source>
        <translation>Die aktuell für das Konto hinterlegte Kreditkarte, um ihre Daten zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="40"/>
        <source>If your account is managed in the Billing Center instead, contact GoTo&apos;s Customer Care from GoTo&apos;s support page. They change the billing contact only if you can verify the current credit card information listed for the account and you are the named card holder or a listed account admin.</source>
        <translation>Wenn Ihr Konto stattdessen im Abrechnungscenter verwaltet wird, wenden Sie sich über die Support-Seite von GoTo an den Kundenservice von GoTo. Er ändert den Abrechnungskontakt nur, wenn Sie die aktuellen Kreditkartendaten des Kontos bestätigen können und der Karteninhaber oder ein gelisteter Kontoadministrator sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="49"/>
        <source>Your account is managed in the Corporate Billing Portal</source>
        <translation>Ihr Konto wird im Corporate Billing Portal verwaltet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="50"/>
        <source>To change the billing contact, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Um den Abrechnungskontakt zu ändern, wenden Sie sich an Ihren GoTo-Mitarbeiter oder an Corporate Account Services.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="57"/>
        <source>An invoice sent by email: it shows the account&apos;s user ID for the Corporate Billing Portal.</source>
        <translation>Eine per E-Mail erhaltene Rechnung: Sie enthält die Benutzer-ID des Kontos für das Corporate Billing Portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="62"/>
        <source>If your account is managed in the Corporate Billing Portal instead, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Wenn Ihr Konto stattdessen im Corporate Billing Portal verwaltet wird, wenden Sie sich an Ihren GoTo-Mitarbeiter oder an Corporate Account Services.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="103"/>
        <location filename="../gui/billing_contact/services/i18n.py" line="58"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Unbekannte Sprache {code}: Verfügbare Sprachen sind {languages}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="127"/>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="128"/>
        <source>Licence files</source>
        <translation>Lizenzdateien</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="129"/>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="132"/>
        <source>Billing Contact Assistant is free software under the MIT licence, below. Run from source, it uses the Qt, PySide6 and Python installed with it, each under its own licence; the installed program carries their texts in its licenses folder.</source>
        <translation>Der Assistent für den Abrechnungskontakt ist freie Software unter der MIT-Lizenz, unten. Aus dem Quellcode gestartet, nutzt er das mit ihm installierte Qt, PySide6 und Python, jedes unter seiner eigenen Lizenz; das installierte Programm enthält ihre Texte in seinem Ordner licenses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="141"/>
        <source>Billing Contact Assistant and what it carries, each under its own licence. The index, {index}, names each one, its licence and the file with its text.</source>
        <translation>Der Assistent für den Abrechnungskontakt und was er mitbringt, jedes unter seiner eigenen Lizenz. Das Verzeichnis {index} nennt jeden Bestandteil, seine Lizenz und die Datei mit ihrem Text.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="378"/>
        <source>Result: {headline}, walk code {code}</source>
        <translation>Ergebnis: {headline}, Antwortcode {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="382"/>
        <source>Step {number}, {title}</source>
        <translation>Schritt {number}, {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="386"/>
        <source>Step {number}, {title}, reached by answer {letter}</source>
        <translation>Schritt {number}, {title}, erreicht mit Antwort {letter}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="392"/>
        <source>Answer {letter}: {answer}</source>
        <translation>Antwort {letter}: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="397"/>
        <source>On your walk.</source>
        <translation>Auf Ihrem Weg.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="400"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="533"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="572"/>
        <source>Map of every walk</source>
        <translation>Karte aller Wege</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="535"/>
        <source>Every step, every answer with its letter, and the result each walk leads to, with its walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.</source>
        <translation>Jeder Schritt, jede Antwort mit ihrem Buchstaben und das Ergebnis, zu dem jeder Weg führt, mit seinem Antwortcode. Ihr Weg ist hervorgehoben. Mit der Tabulatortaste oder den Pfeiltasten gelangen Sie von Feld zu Feld.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="284"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="287"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>{address} kopieren, um die Adresse in einen Chat oder eine E-Mail einzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="85"/>
        <location filename="../gui/billing_contact/ui/widgets.py" line="279"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="92"/>
        <source>Text (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="93"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="98"/>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="99"/>
        <source>billing-contact-summary</source>
        <translation>zusammenfassung-abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="122"/>
        <source>The summary was not saved</source>
        <translation>Die Zusammenfassung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="123"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Sie konnte nicht in {path} geschrieben werden. Dort ist nichts zurückgeblieben; speichern Sie sie an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="136"/>
        <source>Share summary</source>
        <translation>Zusammenfassung teilen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="138"/>
        <source>Copy, save or print your answers and the result, to send them to IT or your account admin</source>
        <translation>Ihre Antworten und das Ergebnis kopieren, speichern oder drucken, um sie an die IT oder Ihren Kontoadministrator zu senden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="145"/>
        <source>Opens a menu to copy, save or print your answers and the result, for IT or your account admin</source>
        <translation>Öffnet ein Menü, um Ihre Antworten und das Ergebnis für die IT oder Ihren Kontoadministrator zu kopieren, zu speichern oder zu drucken</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="149"/>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="150"/>
        <source>Save summary…</source>
        <translation>Zusammenfassung speichern…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="151"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="409"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="296"/>
        <source>Write to {name}…</source>
        <translation>An {name} schreiben…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="304"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Ansprechperson Ihrer Organisation für dieses Konto: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="309"/>
        <source>Open the help desk</source>
        <translation>Helpdesk öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="362"/>
        <location filename="../gui/billing_contact/ui/pages.py" line="210"/>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="32"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Wer ist der Abrechnungskontakt? Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="33"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="34"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="35"/>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="36"/>
        <source>Portal addresses</source>
        <translation>Portaladressen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="37"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="38"/>
        <source>Billing Contact Assistant version</source>
        <translation>Version des Assistenten für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="39"/>
        <source>Walk code</source>
        <translation>Antwortcode</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="273"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="274"/>
        <source>Not determined</source>
        <translation>Nicht bestimmt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="279"/>
        <source>What to do next:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="313"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="366"/>
        <location filename="../gui/billing_contact/ui/verdict.py" line="288"/>
        <source>Walk code: {code}</source>
        <translation>Antwortcode: {code}</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="113"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Schritt {step} ({title}): „{found}“ ist kein Antwortbuchstabe. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="116"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>Schritt {step} ({title}) hat keine Antwort {found}. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="117"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>Schritt {step} ({title}) hat noch keine Antwort. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="118"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Es gibt keinen Schritt {step}: Die Antworten davor führen schon zu einem Ergebnis. Entfernen Sie {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="89"/>
        <source>The letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>Die Buchstaben der Antworten, wie die Ergebnisseite sie zeigt (zum Beispiel B-A-B). Derselbe Code öffnet in jeder Sprache dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="101"/>
        <source>Opens the result: {headline}</source>
        <translation>Öffnet das Ergebnis: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="141"/>
        <source>Open a walk code</source>
        <translation>Antwortcode öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="143"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Antwortcode: die Buchstaben der Antworten, wie die Ergebnisseite sie zeigt (zum Beispiel B-A-B). Derselbe Code öffnet in jeder Sprache dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="151"/>
        <source>Walk code</source>
        <translation>Antwortcode</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="232"/>
        <source>The email was not sent</source>
        <translation>Die E-Mail wurde nicht gesendet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="239"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="59"/>
        <source>About…</source>
        <translation>Über…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="37"/>
        <source>Who to ask: {who}.</source>
        <translation>An wen Sie sich wenden können: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="40"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>An wen Sie sich wenden können: an den Administrator, der Ihr Konto für {product} verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="45"/>
        <source>Help desk: {url}</source>
        <translation>Helpdesk: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="46"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="72"/>
        <source>About Billing Contact Assistant</source>
        <translation>Über den Assistenten für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="73"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistent für den Abrechnungskontakt {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="76"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Findet heraus, wer der Abrechnungskontakt Ihres Kontos für {product} ist, und folgt dabei dem Hilfeartikel von GoTo. Er öffnet die Portale in Ihrem Browser und wird ein Kennwort niemals abfragen, lesen oder speichern.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="88"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Steht in keiner Verbindung zu GoTo oder LogMeIn und wird von diesen weder unterstützt noch empfohlen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="92"/>
        <source>Find out who the billing contact of your {product} account is</source>
        <translation>Finden Sie heraus, wer der Abrechnungskontakt Ihres {product}-Kontos ist</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="233"/>
        <source>You started an email and did not send it. Close the assistant anyway? What you typed will be lost.</source>
        <translation>Sie haben eine E-Mail begonnen und nicht gesendet. Den Assistenten trotzdem schließen? Was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="404"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistent für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="412"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="414"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="418"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="417"/>
        <source>Opens the menu of languages</source>
        <translation>Öffnet das Sprachmenü</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="422"/>
        <source>Open a walk code…</source>
        <translation>Antwortcode öffnen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="425"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Das Ergebnis eines Antwortcodes wie B-A-B öffnen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="83"/>
        <source>It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence. “Licences…” shows their texts.</source>
        <translation>Es ist mit Qt und PySide6 gebaut, unter der GNU LGPL Version 3, und mit Python, unter der PSF-Lizenz. „Lizenzen…“ zeigt ihre Texte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="94"/>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="98"/>
        <source>Licences…</source>
        <translation>Lizenzen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="29"/>
        <source>“Show the map” draws every step, answer and result at once, with the answers&apos; letters and the walk codes, and your walk highlighted: where each answer leads, and where you are.</source>
        <translation>„Karte anzeigen“ zeigt alle Schritte, Antworten und Ergebnisse auf einmal, mit den Buchstaben der Antworten und den Antwortcodes, Ihr Weg hervorgehoben: wohin jede Antwort führt und wo Sie gerade sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="53"/>
        <source>Show the map…</source>
        <translation>Karte anzeigen…</translation>
    </message>
</context>
</TS>
