<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="200"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Unbekannter Startpunkt {value}: Verwenden Sie einen der Werte {paths}. Der Assistent beginnt mit seiner ersten Seite.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="48"/>
        <source>Could not open the address</source>
        <translation>Die Adresse konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="49"/>
        <source>No browser or mail program opened this address. Copy it and open it by hand:</source>
        <translation>Kein Browser und kein E-Mail-Programm hat diese Adresse geöffnet. Kopieren Sie sie und öffnen Sie sie selbst:</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="31"/>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="37"/>
        <source>Hello {name},</source>
        <translation>Hallo {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="38"/>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="98"/>
        <source>Product or licensing changes to our {product} account</source>
        <translation>Produkt- oder Lizenzänderungen für unser Konto für {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="103"/>
        <source>The Admin Center says that you are the billing admin of our {product} account. Could you please help me make a product or licensing change? Here is what I checked:</source>
        <translation>im Admin Center steht, dass Sie der Abrechnungsadministrator unseres Kontos für {product} sind. Könnten Sie mir bitte bei einer Produkt- oder Lizenzänderung helfen? Folgendes habe ich geprüft:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="187"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Wer ist der Abrechnungskontakt unseres Kontos für {product}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="192"/>
        <source>I am trying to find out who the billing contact of our {product} account is. Could you please help me? Here is what I checked:</source>
        <translation>ich versuche herauszufinden, wer der Abrechnungskontakt unseres Kontos für {product} ist. Könnten Sie mir bitte helfen? Folgendes habe ich geprüft:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="197"/>
        <source>The details are in {path}.</source>
        <translation>Die Details stehen in {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="199"/>
        <source>The details could not be written to a log file.</source>
        <translation>Die Details konnten nicht in eine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="202"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="203"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>Der Assistent ist auf ein unerwartetes Problem gestoßen. Ihre Antworten bleiben erhalten: Sie können weitermachen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="207"/>
        <source>IT may ask for them.</source>
        <translation>Die IT-Abteilung fragt vielleicht danach.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="214"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article.py" line="16"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Sie werden auf die Abonnementseite Ihres Kontos (Subscriptions) weitergeleitet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="17"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Sie können sich nicht anmelden, oder es passiert etwas anderes</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="18"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Eines der folgenden Dinge passiert: Wählen Sie aus, was Sie sehen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="19"/>
        <source>What happens?</source>
        <translation>Was passiert?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="20"/>
        <source>You are not the billing admin</source>
        <translation>Sie sind nicht der Abrechnungsadministrator</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="21"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Wenn Sie den Abrechnungskontakt immer noch nicht finden können, wenden Sie sich an den Administrator, der Ihr Konto für {product} verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="25"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Wenn die Anmeldung fehlschlägt, verwenden Sie den Link „Kennwort vergessen?“ (Forgot password?) auf der Anmeldeseite des Portals: Dieser Assistent kann Ihr Kennwort weder sehen noch zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="30"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Melden Sie sich im Corporate Billing Portal mit Ihrer Benutzer-ID (aus einer Rechnung, die Sie per E-Mail erhalten haben) und Ihrem Kennwort an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="39"/>
        <source>This page says what your answers mean and what to do next. The summary below lists your answers: copy it, save it or print it to send it to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Diese Seite erklärt, was Ihre Antworten bedeuten und was als Nächstes zu tun ist. Die Zusammenfassung unten listet Ihre Antworten auf: Kopieren, speichern oder drucken Sie sie, um sie an die IT-Abteilung oder an Ihren Kontoadministrator zu senden. „Neu beginnen“ löscht alle Antworten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="47"/>
        <source>Billing Center</source>
        <translation>Abrechnungscenter (Billing Center)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="48"/>
        <source>Admin Center</source>
        <translation>Admin Center</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="51"/>
        <source>Corporate Billing Portal</source>
        <translation>Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="56"/>
        <source>Open the Billing Center</source>
        <translation>Abrechnungscenter öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="57"/>
        <source>Open the Admin Center</source>
        <translation>Admin Center öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="60"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Corporate Billing Portal öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="63"/>
        <source>Write to the billing admin</source>
        <translation>Dem Abrechnungsadministrator schreiben</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="68"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Wer ist der Abrechnungskontakt für mein Konto?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="70"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Der Abrechnungskontakt (d. h. der Abrechnungsadministrator) Ihres Kontos ist ein Mitglied Ihrer Organisation (kein Mitarbeiter von LogMeIn) mit besonderen Berechtigungen: Er kann den Abonnementplan des Kontos ändern, die Zahlungs- und Abrechnungsinformationen bearbeiten und die übrigen Kontoeinstellungen verwalten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="77"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Nur Abrechnungskontakte oder Kontoadministratoren können sehen, wer der Abrechnungskontakt eines Kontos ist. Wenn Sie glauben, der Abrechnungskontakt zu sein, aber nicht sicher sind, können Sie es auf eine dieser beiden Arten prüfen. Sie melden sich selbst im Portal an, in Ihrem eigenen Browser: Dieser Assistent fragt nie nach Ihrem Kennwort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="86"/>
        <source>How do you want to check?</source>
        <translation>Wie möchten Sie es prüfen?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="88"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Welcher Weg? Das Abrechnungscenter eignet sich für alle, die der Abrechnungskontakt sein könnten. Das Admin Center ist für Kontoadministratoren gedacht; wenn Sie nicht der Abrechnungsadministrator sind, zeigt es auch an, wer es ist.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="94"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Helfen Sie jemandem am Telefon? Fragen Sie die Person, bei welchem der beiden Portale sie sich anmelden kann. Sie meldet sich auf der Seite des Portals selbst an, in ihrem eigenen Browser: Fragen Sie sie nie nach ihrem Kennwort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="104"/>
        <source>Sign in to the Billing Center (anyone who thinks they are the billing contact)</source>
        <translation>Im Abrechnungscenter anmelden (für alle, die glauben, der Abrechnungskontakt zu sein)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="111"/>
        <source>Sign in to the Admin Center (account admins)</source>
        <translation>Im Admin Center anmelden (für Kontoadministratoren)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="118"/>
        <source>Sign in to the Billing Center</source>
        <translation>Im Abrechnungscenter anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="122"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Melden Sie sich im Abrechnungscenter (Billing Center) unter {billing_center} mit der E-Mail-Adresse und dem Kennwort an, die Sie für {product} verwenden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="133"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>Die Anmeldeseite des Abrechnungscenters fragt nach der E-Mail-Adresse und dem Kennwort, die Sie für {product} verwenden. Nach der Anmeldung landen Sie entweder auf der Abonnementseite Ihres Kontos, die Ihre Abonnements auflistet, oder Sie sehen die Meldung „Sie haben hier keinen Zugriff“.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="146"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Die Meldung „Sie haben hier keinen Zugriff“ wird angezeigt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="156"/>
        <source>Look at your My Account page</source>
        <translation>Sehen Sie sich Ihre Seite „Mein Konto“ an</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="160"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Klicken Sie auf Ihr Kontoprofil: Sie werden auf die Seite „Mein Konto“ weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="162"/>
        <source>You are in one of the following situations.</source>
        <translation>Eine der folgenden Situationen trifft auf Sie zu.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="164"/>
        <source>What does your My Account page show?</source>
        <translation>Was zeigt Ihre Seite „Mein Konto“?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="166"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Das Kontoprofil ist Ihr Name oder Ihr Bild oben im Portal. Wenn die Seite „Mein Konto“ einen Link „Zur Abrechnung“ enthält, wird das Konto über das Corporate Billing Portal abgerechnet; ohne diesen Link ist es ein Standard-Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="176"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Ein Standard-Konto: Die Seite bietet kein „Zur Abrechnung“</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="181"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>Das Konto wird im Corporate Billing Portal verwaltet: Die Seite bietet „Zur Abrechnung“</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="192"/>
        <source>Sign in to the Admin Center</source>
        <translation>Im Admin Center anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="194"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Wenn Sie Kontoadministrator sind, können Sie sich im Admin Center anmelden, um herauszufinden, ob Sie auch Abrechnungsadministrator Ihres Kontos sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="202"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Melden Sie sich unter {admin_center} mit Ihrer E-Mail-Adresse und Ihrem Kennwort für {product} im Admin Center an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="207"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Wählen Sie in der linken Navigationsleiste „Lizenzen hinzufügen“ aus.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="213"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Melden Sie sich mit derselben E-Mail-Adresse und demselben Kennwort wie für {product} an. „Lizenzen hinzufügen“ befindet sich in der Navigationsleiste links. Wenn Sie sich nicht im Admin Center anmelden können, sind Sie möglicherweise kein Kontoadministrator: Versuchen Sie es stattdessen mit dem Abrechnungscenter.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="225"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Die Meldung „Wenden Sie sich an Ihren Abrechnungsadministrator (Name, E-Mail-Adresse), um Produkt- oder Lizenzänderungen für Ihr Konto anzufordern.“ wird angezeigt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="234"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Eine Meldung fordert Sie auf, ein Produkt auszuwählen, um zum Abrechnungscenter zu gelangen und Lizenzen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="245"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Im Corporate Billing Portal anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="247"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Sie können der Abrechnungsadministrator sein oder auch nicht, aber Ihr Konto wird im Corporate Billing Portal verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="255"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Klicken Sie auf der Seite „Mein Konto“ auf „Zur Abrechnung“ oder gehen Sie zu {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="261"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Klicken Sie auf das Logo eines Produkts in Ihrem Konto oder gehen Sie zu {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="268"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Können Sie sich im Corporate Billing Portal anmelden?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="270"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Im Corporate Billing Portal melden Sie sich mit einer Benutzer-ID an, nicht mit Ihrer E-Mail-Adresse: Sie finden sie auf den Rechnungen, die Ihnen per E-Mail geschickt werden. Wenn Sie das Kennwort nicht mehr wissen, verwenden Sie den entsprechenden Link auf der Anmeldeseite des Portals.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="281"/>
        <source>Yes, I signed in</source>
        <translation>Ja, ich habe mich angemeldet</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="286"/>
        <source>No, I cannot sign in</source>
        <translation>Nein, ich kann mich nicht anmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="296"/>
        <source>You are the billing admin</source>
        <translation>Sie sind der Abrechnungsadministrator</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="298"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Sie wurden auf die Abonnementseite Ihres Kontos weitergeleitet: Sie sind der Abrechnungskontakt für Ihr Konto.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="304"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Im Abrechnungscenter können Sie den Abonnementplan, die Zahlungs- und Abrechnungsinformationen und die übrigen Kontoeinstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="314"/>
        <source>You are a billing admin</source>
        <translation>Sie sind ein Abrechnungsadministrator</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="316"/>
        <source>You can sign in to the Corporate Billing Portal, so you are a billing admin. Your account&apos;s billing is managed there, not in the Billing Center.</source>
        <translation>Sie können sich im Corporate Billing Portal anmelden, also sind Sie ein Abrechnungsadministrator. Die Abrechnung Ihres Kontos wird dort verwaltet, nicht im Abrechnungscenter.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="322"/>
        <source>Manage the subscription, payment and billing information in the Corporate Billing Portal, signing in with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Verwalten Sie das Abonnement sowie die Zahlungs- und Abrechnungsinformationen im Corporate Billing Portal. Melden Sie sich dort mit Ihrer Benutzer-ID (aus einer Rechnung, die Sie per E-Mail erhalten haben) und Ihrem Kennwort an.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="334"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Sie haben ein Standard-Konto und sind nicht der Abrechnungsadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="335"/>
        <source>For more information, contact your account admin.</source>
        <translation>Weitere Informationen erhalten Sie von Ihrem Kontoadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="344"/>
        <source>The Admin Center message names your billing admin: it shows their name and email address, on the page that opened when you selected “Add Licenses”.</source>
        <translation>Die Meldung im Admin Center nennt Ihren Abrechnungsadministrator: Sie zeigt Name und E-Mail-Adresse auf der Seite, die sich geöffnet hat, als Sie „Lizenzen hinzufügen“ ausgewählt haben.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="350"/>
        <source>To request product or licensing changes, click “Email the billing admin” in that message: it opens a new email to them in your mail program. Or copy their name and email address here and write to them from this assistant.</source>
        <translation>Um Produkt- oder Lizenzänderungen anzufordern, klicken Sie in dieser Meldung auf „E-Mail an den Abrechnungsadministrator“: In Ihrem E-Mail-Programm öffnet sich dann eine neue E-Mail an den Abrechnungsadministrator. Oder übernehmen Sie Name und E-Mail-Adresse hierher und schreiben Sie direkt aus diesem Assistenten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="364"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Sie können sich nicht im Corporate Billing Portal anmelden, also sind Sie nicht der Abrechnungsadministrator.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="376"/>
        <source>You have not found the billing contact yet</source>
        <translation>Sie haben den Abrechnungskontakt noch nicht gefunden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="378"/>
        <source>What you saw is not one of the situations the article describes, so it does not tell whether you are the billing admin.</source>
        <translation>Was Sie gesehen haben, ist keine der im Artikel beschriebenen Situationen. Daraus lässt sich also nicht ablesen, ob Sie der Abrechnungsadministrator sind.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="384"/>
        <source>Contact the admin who manages your {product} account. You can also try the other way: the Billing Center or the Admin Center.</source>
        <translation>Wenden Sie sich an den Administrator, der Ihr Konto für {product} verwaltet. Sie können es auch auf dem anderen Weg versuchen: über das Abrechnungscenter oder das Admin Center.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/i18n.py" line="66"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Unbekannte Sprache {code}: Verfügbare Sprachen sind {languages}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="200"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="203"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>{address} kopieren, um die Adresse in einen Chat oder eine E-Mail einzufügen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="284"/>
        <source>Text (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="285"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="286"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="290"/>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="291"/>
        <source>billing-contact-summary</source>
        <translation>zusammenfassung-abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="312"/>
        <source>The summary was not saved</source>
        <translation>Die Zusammenfassung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="313"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Sie konnte nicht in {path} geschrieben werden. Dort ist nichts zurückgeblieben; speichern Sie sie an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="343"/>
        <location filename="../gui/billing_contact/verdict.py" line="353"/>
        <source>Summary of your answers</source>
        <translation>Zusammenfassung Ihrer Antworten</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="355"/>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="356"/>
        <source>Save summary…</source>
        <translation>Zusammenfassung speichern…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="357"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="358"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="208"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Ansprechperson Ihrer Organisation für dieses Konto: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="216"/>
        <source>Write to {name}</source>
        <translation>An {name} schreiben</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="219"/>
        <source>Open the help desk</source>
        <translation>Helpdesk öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="183"/>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="250"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Wer ist der Abrechnungskontakt? Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="251"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="252"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="253"/>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="254"/>
        <source>Portal addresses</source>
        <translation>Portaladressen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="255"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="256"/>
        <source>Billing Contact Assistant version</source>
        <translation>Version des Assistenten für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="257"/>
        <source>Walk code</source>
        <translation>Antwortcode</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="281"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="332"/>
        <source>Walk code: {code}</source>
        <translation>Antwortcode: {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="338"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="339"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="340"/>
        <source>Not determined</source>
        <translation>Nicht bestimmt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="345"/>
        <source>What to do next:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="128"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Name des Abrechnungsadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="129"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>&amp;E-Mail-Adresse des Abrechnungsadministrators:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="130"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="131"/>
        <source>The email reads:</source>
        <translation>Text der E-Mail:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="139"/>
        <source>Enter one email address, such as name@example.com, with no spaces, commas, question marks or ampersands.</source>
        <translation>Geben Sie eine einzige E-Mail-Adresse ein, z. B. name@beispiel.de, ohne Leerzeichen, Kommas, Fragezeichen oder Und-Zeichen.</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="91"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Schritt {step} ({title}): „{found}“ ist kein Antwortbuchstabe. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="94"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>Schritt {step} ({title}) hat keine Antwort {found}. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="95"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>Schritt {step} ({title}) hat noch keine Antwort. Möglich sind {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="96"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Es gibt keinen Schritt {step}: Die Antworten davor führen schon zu einem Ergebnis. Entfernen Sie {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="85"/>
        <source>Opens the result: {headline}</source>
        <translation>Öffnet das Ergebnis: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="110"/>
        <source>Open a walk code</source>
        <translation>Antwortcode öffnen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="112"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Antwortcode: die Buchstaben der Antworten, wie die Ergebnisseite sie zeigt (zum Beispiel B-A-B). Derselbe Code öffnet in jeder Sprache dasselbe Ergebnis.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="189"/>
        <source>About…</source>
        <translation>Über…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="198"/>
        <source>Who to ask: {who}.</source>
        <translation>An wen Sie sich wenden können: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="201"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>An wen Sie sich wenden können: an den Administrator, der Ihr Konto für {product} verwaltet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="206"/>
        <source>Help desk: {url}</source>
        <translation>Helpdesk: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="207"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="217"/>
        <source>About Billing Contact Assistant</source>
        <translation>Über den Assistenten für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="218"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistent für den Abrechnungskontakt {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="221"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Findet heraus, wer der Abrechnungskontakt Ihres Kontos für {product} ist, und folgt dabei dem Hilfeartikel von GoTo. Er öffnet die Portale in Ihrem Browser und wird ein Kennwort niemals abfragen, lesen oder speichern.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="227"/>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="228"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Steht in keiner Verbindung zu GoTo oder LogMeIn und wird von diesen weder unterstützt noch empfohlen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="310"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistent für den Abrechnungskontakt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="317"/>
        <location filename="../gui/billing_contact/wizard.py" line="319"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="324"/>
        <source>Open a walk code…</source>
        <translation>Antwortcode öffnen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="327"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Das Ergebnis eines Antwortcodes wie B-A-B öffnen ({shortcut})</translation>
    </message>
</context>
</TS>
