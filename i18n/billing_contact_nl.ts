<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Stap {number}: {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="105"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="350"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Onbekend beginpunt {value}: gebruik een van {paths}. De assistent begint op de eerste pagina.</translation>
    </message>
</context>
<context>
    <name>ChangeContact</name>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="241"/>
        <source>Change the billing contact</source>
        <translation>Factureringscontactpersoon wijzigen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="248"/>
        <source>Have at hand:</source>
        <translation>Houd het volgende bij de hand:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="254"/>
        <source>&amp;Open GoTo&apos;s support page</source>
        <translation>&amp;Ondersteuningspagina van GoTo openen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="88"/>
        <source>Try &apos;{program} --help&apos;.</source>
        <translation>Zie &apos;{program} --help&apos;.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="89"/>
        <source>Unknown option {option}. The options are {options}.</source>
        <translation>Onbekende optie {option}. De opties zijn {options}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="90"/>
        <source>Did you mean {option}?</source>
        <translation>Bedoelt u {option}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="91"/>
        <source>{option} needs a value.</source>
        <translation>{option} vereist een waarde.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="92"/>
        <source>--walk and --start each choose where to open: give one.</source>
        <translation>--walk en --start bepalen allebei waar de assistent opent: geef er één op.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="93"/>
        <source>The walk code {code} opens nothing.</source>
        <translation>De antwoordcode {code} opent niets.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="94"/>
        <source>{file}: the map is written as SVG, PDF or PNG, by the file&apos;s extension: {extensions}.</source>
        <translation>{file}: de kaart wordt als SVG, PDF of PNG geschreven, naar de bestandsextensie: {extensions}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="97"/>
        <source>--export-map writes a file and opens no window: {option} does not apply.</source>
        <translation>--export-map schrijft een bestand en opent geen venster: {option} is hier niet van toepassing.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="100"/>
        <source>Cannot write the map to {file}: {reason}</source>
        <translation>De kaart kan niet naar {file} worden geschreven: {reason}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="57"/>
        <source>Could not open the address</source>
        <translation>Het adres kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="58"/>
        <source>No browser opened this address. Copy it and open it in your browser:</source>
        <translation>Geen browser heeft dit adres geopend. Kopieer het en open het in uw browser:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="65"/>
        <source>Copy link</source>
        <translation>Koppeling kopiëren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="70"/>
        <source>No mail program opened the email to {address}. Copy it, then paste it into a new email in your mail program or webmail.</source>
        <translation>Geen e-mailprogramma heeft de e-mail aan {address} geopend. Kopieer hem en plak hem in een nieuwe e-mail in uw e-mailprogramma of webmail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="76"/>
        <source>Could not open the email</source>
        <translation>De e-mail kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="82"/>
        <source>Copy email</source>
        <translation>E-mail kopiëren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="90"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="100"/>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="101"/>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="75"/>
        <source>Hello {name},</source>
        <translation>Beste {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="76"/>
        <source>Hello,</source>
        <translation>Goedendag,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="145"/>
        <source>What I checked:</source>
        <translation>Wat ik heb gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="148"/>
        <source>Thank you, and kind regards,</source>
        <translation>Alvast bedankt en met vriendelijke groet,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="105"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Wie is de factureringscontactpersoon van ons account voor {product}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="66"/>
        <source>Add licenses</source>
        <translation>Licenties toevoegen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="67"/>
        <source>Change the subscription plan</source>
        <translation>Het abonnement wijzigen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="68"/>
        <source>Update the payment method</source>
        <translation>De betaalmethode bijwerken</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="69"/>
        <source>Something else…</source>
        <translation>Iets anders…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="82"/>
        <source>I would like to add licenses to our {product} account.</source>
        <translation>Ik wil graag licenties toevoegen aan ons account voor {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="84"/>
        <source>I would like to change the subscription plan of our {product} account.</source>
        <translation>Ik wil graag het abonnement van ons account voor {product} wijzigen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="88"/>
        <source>I would like to update the payment method of our {product} account.</source>
        <translation>Ik wil graag de betaalmethode van ons account voor {product} bijwerken.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="96"/>
        <source>I have a request about our {product} account: {request}</source>
        <translation>Ik heb een verzoek over ons account voor {product}: {request}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="99"/>
        <source>I have a request about our {product} account.</source>
        <translation>Ik heb een verzoek over ons account voor {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="107"/>
        <source>Adding licenses to our {product} account</source>
        <translation>Licenties toevoegen aan ons account voor {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="109"/>
        <source>Changing the subscription plan of our {product} account</source>
        <translation>Abonnement van ons account voor {product} wijzigen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="111"/>
        <source>Updating the payment method of our {product} account</source>
        <translation>Betaalmethode van ons account voor {product} bijwerken</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="113"/>
        <source>A request about our {product} account</source>
        <translation>Een verzoek over ons account voor {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="120"/>
        <source>The Admin Center names you as the billing admin of this account. Could you please help me with it?</source>
        <translation>Het Admin Center vermeldt u als factureringsbeheerder van dit account. Zou u mij daarbij willen helpen?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="124"/>
        <source>For that I need to reach its billing contact, and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?</source>
        <translation>Daarvoor moet ik de factureringscontactpersoon van het account bereiken, en de portalen lieten niet zien wie dat is. Zou u mij dat willen laten weten, of dit willen doorsturen naar iemand die het weet?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="378"/>
        <source>Say in a few words what you need.</source>
        <translation>Beschrijf in een paar woorden wat u nodig hebt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="381"/>
        <source>Choose what you need.</source>
        <translation>Kies wat u nodig hebt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="392"/>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="393"/>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="432"/>
        <source>Write to the billing admin</source>
        <translation>E-mail aan de factureringsbeheerder</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="433"/>
        <source>Copy the billing admin&apos;s name and email address from the Admin Center&apos;s message. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Neem de naam en het e-mailadres van de factureringsbeheerder over uit de melding in het Admin Center. De e-mail wordt geopend in uw e-mailprogramma, waar u die vóór het verzenden nog kunt aanpassen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="438"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Naam van de factureringsbeheerder:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="439"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>&amp;E-mailadres van de factureringsbeheerder:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="441"/>
        <source>Write to your account admin</source>
        <translation>E-mail aan uw accountbeheerder</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="442"/>
        <source>Ask the admin who manages your {product} account who its billing contact is. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Vraag de beheerder van uw account voor {product} wie de factureringscontactpersoon is. De e-mail wordt geopend in uw e-mailprogramma, waar u die vóór het verzenden nog kunt aanpassen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="447"/>
        <source>Account admin&apos;s &amp;name:</source>
        <translation>&amp;Naam van de accountbeheerder:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="448"/>
        <source>Account admin&apos;s &amp;email address:</source>
        <translation>&amp;E-mailadres van de accountbeheerder:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="453"/>
        <source>&amp;What do you need?</source>
        <translation>&amp;Wat hebt u nodig?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="454"/>
        <source>Something else, in your &amp;own words:</source>
        <translation>Iets anders, in uw eigen w&amp;oorden:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="455"/>
        <source>&amp;Your name (optional):</source>
        <translation>&amp;Uw naam (optioneel):</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="459"/>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="460"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="464"/>
        <source>It signs the email. The assistant remembers it on this computer for next time.</source>
        <translation>Hiermee wordt de e-mail ondertekend. De assistent onthoudt de naam op deze computer voor de volgende keer.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="456"/>
        <source>The email &amp;reads:</source>
        <translation>&amp;Tekst van de e-mail:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="467"/>
        <source>&amp;Send…</source>
        <translation>&amp;Verzenden…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="468"/>
        <source>Opens the email in your mail program</source>
        <translation>Opent de e-mail in uw e-mailprogramma</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="237"/>
        <source>Enter an email address, such as name@example.com.</source>
        <translation>Voer een e-mailadres in, zoals naam@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="238"/>
        <source>There is more than one address here: enter only one.</source>
        <translation>Hier staat meer dan één adres: voer er maar één in.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="239"/>
        <source>There is a space inside the address: an email address has none.</source>
        <translation>Er staat een spatie in het adres: een e-mailadres heeft er geen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="240"/>
        <source>There is no @ in the address: an email address has one, as in name@example.com.</source>
        <translation>Er staat geen @ in het adres: een e-mailadres heeft er één, zoals in naam@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="243"/>
        <source>There is more than one @ in the address: an email address has only one.</source>
        <translation>Er staat meer dan één @ in het adres: een e-mailadres heeft er maar één.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="246"/>
        <source>There is nothing before the @: an address starts with a name, as in name@example.com.</source>
        <translation>Er staat niets vóór de @: een adres begint met een naam, zoals in naam@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="249"/>
        <source>There is nothing after the @: an address ends with a domain, as in name@example.com.</source>
        <translation>Er staat niets na de @: een adres eindigt met een domein, zoals in naam@example.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="252"/>
        <source>There is “{character}” in the address: an email address cannot contain it.</source>
        <translation>Er staat “{character}” in het adres: dat kan een e-mailadres niet bevatten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="255"/>
        <source>There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.</source>
        <translation>Er staat een punt op de verkeerde plek: een punt mag niet vooraan, achteraan, naast de @ of twee keer achter elkaar staan.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="259"/>
        <source>There is no dot after the @: the domain has one, as in example.com.</source>
        <translation>Er staat geen punt na de @: het domein heeft er een, zoals in example.com.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="262"/>
        <source>There is a hyphen in the wrong place: a part of the domain cannot start or end with one.</source>
        <translation>Er staat een koppelteken op de verkeerde plek: een deel van het domein mag er niet mee beginnen of eindigen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="265"/>
        <source>The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.</source>
        <translation>Het domein eindigt niet op een naam: het eindigt zoals .com of .nl, niet op een getal of één letter.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="269"/>
        <source>The address is too long to be an email address.</source>
        <translation>Het adres is te lang voor een e-mailadres.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="193"/>
        <source>The details are in {path}.</source>
        <translation>De details staan in {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="195"/>
        <source>The details could not be written to a log file.</source>
        <translation>De details konden niet naar een logbestand worden geschreven.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="197"/>
        <source>IT may ask for them.</source>
        <translation>De IT-afdeling kan erom vragen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="205"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="226"/>
        <source>Something went wrong last time</source>
        <translation>Er ging de vorige keer iets mis</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="227"/>
        <source>The assistant closed unexpectedly the last time it was used.</source>
        <translation>De assistent is de vorige keer onverwacht afgesloten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="332"/>
        <source>Something went wrong</source>
        <translation>Er is iets misgegaan</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="333"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>De assistent is op een onverwacht probleem gestuit. Uw antwoorden blijven bewaard: u kunt verdergaan.</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="28"/>
        <source>This page says what your answers mean and what to do next. “Share summary” copies, saves or prints your answers and the result, to send them to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Deze pagina vertelt wat uw antwoorden betekenen en wat u nu kunt doen. Met “Samenvatting delen” kunt u uw antwoorden en het resultaat kopiëren, opslaan of afdrukken, om ze naar de IT-afdeling of uw accountbeheerder te sturen. “Opnieuw beginnen” wist alle antwoorden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="34"/>
        <source>The walk code under the result is the letters of your answers, such as B-A-B. Read it to your help desk: with “Open a walk code…” (Ctrl+O) they open the same result, in their own language.</source>
        <translation>De antwoordcode onder het resultaat bestaat uit de letters van uw antwoorden, zoals B-A-B. Lees hem voor aan uw helpdesk: met “Antwoordcode openen…” (Ctrl+O) opent de helpdesk hetzelfde resultaat, in de eigen taal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="40"/>
        <source>Where the next step is to write to someone, “Write to…” opens an email in your own mail program, to check and send yourself: nothing is sent without you.</source>
        <translation>Als de volgende stap een bericht aan iemand is, opent “E-mail sturen aan…” een e-mail in uw eigen e-mailprogramma, die u zelf controleert en verzendt: zonder u wordt er niets verzonden.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="45"/>
        <source>Where your answers tell which portal manages your account&apos;s billing, “How to change the billing contact…” says whom to ask at GoTo, on which conditions, and what to have at hand; it opens GoTo&apos;s support page in your browser.</source>
        <translation>Als uit uw antwoorden blijkt welk portaal de facturering van uw account beheert, vertelt “Zo wijzigt u de factureringscontactpersoon…” wie u bij GoTo moet benaderen, onder welke voorwaarden, en wat u bij de hand moet hebben; van daaruit opent u de ondersteuningspagina van GoTo in uw browser.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="15"/>
        <source>The name and email address of the new billing contact.</source>
        <translation>De naam en het e-mailadres van de nieuwe factureringscontactpersoon.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="20"/>
        <source>Your account is managed in the Billing Center</source>
        <translation>Uw account wordt beheerd in het Factureringscentrum</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="21"/>
        <source>To change the billing contact, contact GoTo&apos;s Customer Care: on GoTo&apos;s support page, select “Contact Support”.</source>
        <translation>Neem contact op met de klantenservice van GoTo om de factureringscontactpersoon te wijzigen: kies op de ondersteuningspagina van GoTo “Contact Support”.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="26"/>
        <source>Customer Care honours the request only if both of these conditions apply:</source>
        <translation>De klantenservice voert het verzoek alleen uit als aan beide voorwaarden is voldaan:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="30"/>
        <source>You can verify the current credit card information that is listed for the account.</source>
        <translation>U kunt de huidige creditcardgegevens verifiëren die voor het account zijn geregistreerd.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="33"/>
        <source>You are the named credit card holder or a listed account admin.</source>
        <translation>U bent de kaarthouder op wiens naam de creditcard staat, of een geregistreerde accountbeheerder.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="36"/>
        <source>The email address you use for {product}.</source>
        <translation>Het e-mailadres dat u voor {product} gebruikt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="37"/>
        <source>The credit card currently listed for the account, to verify its information.</source>
        <translation>De creditcard die nu voor het account is geregistreerd, om de gegevens ervan te verifiëren.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="40"/>
        <source>If your account is managed in the Billing Center instead, contact GoTo&apos;s Customer Care from GoTo&apos;s support page. They change the billing contact only if you can verify the current credit card information listed for the account and you are the named card holder or a listed account admin.</source>
        <translation>Wordt uw account in plaats daarvan in het Factureringscentrum beheerd, neem dan via de ondersteuningspagina van GoTo contact op met de klantenservice van GoTo. Die wijzigt de factureringscontactpersoon alleen als u de huidige creditcardgegevens van het account kunt verifiëren en u de kaarthouder bent op wiens naam de kaart staat, of een geregistreerde accountbeheerder.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="49"/>
        <source>Your account is managed in the Corporate Billing Portal</source>
        <translation>Uw account wordt beheerd in het Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="50"/>
        <source>To change the billing contact, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Neem contact op met uw GoTo-vertegenwoordiger of met Corporate Account Services om de factureringscontactpersoon te wijzigen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="57"/>
        <source>An invoice sent by email: it shows the account&apos;s user ID for the Corporate Billing Portal.</source>
        <translation>Een factuur die u per e-mail hebt ontvangen: daarop staat de gebruikers-ID van het account voor het Corporate Billing Portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="62"/>
        <source>If your account is managed in the Corporate Billing Portal instead, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Wordt uw account in plaats daarvan in het Corporate Billing Portal beheerd, neem dan contact op met uw GoTo-vertegenwoordiger of met Corporate Account Services.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="13"/>
        <source>Billing Center</source>
        <translation>Factureringscentrum (Billing Center)</translation>
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
        <translation>Factureringscentrum openen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="30"/>
        <source>Open the Admin Center</source>
        <translation>Admin Center openen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="33"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Corporate Billing Portal openen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="38"/>
        <source>Write to the billing admin…</source>
        <translation>E-mail sturen aan de factureringsbeheerder…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="43"/>
        <source>Write to your account admin…</source>
        <translation>E-mail aan uw accountbeheerder…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="48"/>
        <source>Try the Admin Center instead</source>
        <translation>Het Admin Center proberen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="53"/>
        <source>Try the Billing Center instead</source>
        <translation>Het Factureringscentrum proberen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="56"/>
        <source>How to change the billing contact…</source>
        <translation>Zo wijzigt u de factureringscontactpersoon…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="7"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>U wordt doorgestuurd naar de pagina Abonnementen (Subscriptions) van uw account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="8"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>U kunt zich niet aanmelden, of er gebeurt iets anders</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="9"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Een van de volgende situaties doet zich voor: kies wat u ziet.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="10"/>
        <source>What happens?</source>
        <translation>Wat gebeurt er?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="11"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Lukt het aanmelden niet, gebruik dan de koppeling “Wachtwoord vergeten?” (Forgot password?) op de aanmeldpagina van het portaal zelf: deze assistent kan uw wachtwoord niet zien en niet opnieuw instellen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="16"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Meld u aan bij het Corporate Billing Portal met uw gebruikers-ID (te vinden op een factuur die u per e-mail hebt ontvangen) en uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="25"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Wie is de factureringscontactpersoon voor mijn account?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="27"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>De factureringscontactpersoon (dat wil zeggen de factureringsbeheerder) van uw account is iemand uit uw eigen organisatie (geen vertegenwoordiger van LogMeIn) met speciale rechten: deze persoon kan het abonnement van het account wijzigen, de betalings- en factuurgegevens aanpassen en de overige accountinstellingen beheren.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="34"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Alleen factureringscontactpersonen en accountbeheerders kunnen zien wie de factureringscontactpersoon van een account is. Denkt u dat u de factureringscontactpersoon bent, maar weet u het niet zeker, dan kunt u dat op een van deze twee manieren controleren. U meldt zich zelf aan bij het portaal, in uw eigen browser: deze assistent vraagt nooit naar uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="43"/>
        <source>How do you want to check?</source>
        <translation>Hoe wilt u het controleren?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="45"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Welke manier? Het Factureringscentrum werkt voor iedereen die de factureringscontactpersoon zou kunnen zijn. Het Admin Center is voor accountbeheerders; bent u niet de factureringsbeheerder, dan laat het ook zien wie dat wel is.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="51"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Helpt u iemand aan de telefoon? Vraag bij welk van de twee portalen die persoon zich kan aanmelden. Die meldt zich aan op de pagina van het portaal zelf, in de eigen browser: vraag nooit naar het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="61"/>
        <source>In the Billing Center (for anyone who thinks they are the billing contact)</source>
        <translation>In het Factureringscentrum (voor iedereen die denkt de factureringscontactpersoon te zijn)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="66"/>
        <source>In the Admin Center (account admins only)</source>
        <translation>In het Admin Center (alleen voor accountbeheerders)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="73"/>
        <source>Sign in to the Billing Center</source>
        <translation>Aanmelden bij het Factureringscentrum</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="77"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Meld u aan bij het Factureringscentrum (Billing Center) op {billing_center} met het e-mailadres en wachtwoord die u voor {product} gebruikt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="88"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>De aanmeldpagina van het Factureringscentrum vraagt om het e-mailadres en wachtwoord die u voor {product} gebruikt. Na het aanmelden komt u op de pagina Abonnementen (Subscriptions) van uw account, met uw abonnementen, of ziet u een melding dat dit misschien niet de pagina is die u zocht.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="102"/>
        <source>The Billing Center opened the account&apos;s Subscriptions page.</source>
        <translation>Het Factureringscentrum heeft de pagina Abonnementen van het account geopend.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="106"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>U ziet de melding “U bent blijkbaar op de verkeerde plek beland” (You seem to have landed in the wrong place)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="108"/>
        <source>The Billing Center said “You seem to have landed in the wrong place”.</source>
        <translation>Het Factureringscentrum meldde “U bent blijkbaar op de verkeerde plek beland” (You seem to have landed in the wrong place).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="116"/>
        <source>Signing in to the Billing Center failed, or it showed something else.</source>
        <translation>Het aanmelden bij het Factureringscentrum is mislukt, of het portaal toonde iets anders.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="122"/>
        <source>Look at your My Account page</source>
        <translation>Uw pagina Mijn account bekijken</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="126"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Klik op het accountprofiel: u wordt doorgestuurd naar de pagina Mijn account (My Account).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="129"/>
        <source>What does your My Account page show?</source>
        <translation>Wat staat er op uw pagina Mijn account?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="131"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Het accountprofiel is uw naam of foto boven aan het portaal. Staat er op de pagina Mijn account een koppeling “Naar facturering” (Go to Billing), dan wordt het account gefactureerd via het Corporate Billing Portal; zonder die koppeling is het een standaardaccount.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="141"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Een standaardaccount: de pagina toont geen “Naar facturering”</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="143"/>
        <source>The My Account page offers no “Go to Billing”: it is a standard account.</source>
        <translation>De pagina Mijn account toont geen “Naar facturering”: het is een standaardaccount.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="149"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>Het account wordt beheerd in het Corporate Billing Portal: de pagina toont “Naar facturering”</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="154"/>
        <source>The My Account page offers “Go to Billing”: the account is managed in the Corporate Billing Portal.</source>
        <translation>De pagina Mijn account toont “Naar facturering”: het account wordt beheerd in het Corporate Billing Portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="164"/>
        <source>Sign in to the Admin Center</source>
        <translation>Aanmelden bij het Admin Center</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="166"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Als u accountbeheerder bent, kunt u zich aanmelden bij het Admin Center om na te gaan of u ook factureringsbeheerder van uw account bent.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="174"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Meld u aan bij het Admin Center op {admin_center} met uw e-mailadres en wachtwoord voor {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="179"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Selecteer in de navigatiebalk aan de linkerkant “Licenties toevoegen” (Add Licenses).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="185"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Meld u aan met hetzelfde e-mailadres en wachtwoord als voor {product}. “Licenties toevoegen” staat in de navigatiebalk aan de linkerkant. Kunt u zich niet aanmelden bij het Admin Center, dan bent u misschien geen accountbeheerder: probeer dan het Factureringscentrum.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="198"/>
        <source>In the Admin Center, “Add Licenses” opened the account&apos;s Subscriptions page.</source>
        <translation>In het Admin Center heeft “Licenties toevoegen” de pagina Abonnementen van het account geopend.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="204"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Een melding vraagt u contact op te nemen met uw factureringsbeheerder (met diens naam en e-mailadres) om product- of licentiewijzigingen in uw account aan te brengen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="210"/>
        <source>In the Admin Center, “Add Licenses” showed a message to contact the billing admin, with their name and email address, for product or licensing changes.</source>
        <translation>In het Admin Center toonde “Licenties toevoegen” een melding om voor product- of licentiewijzigingen contact op te nemen met de factureringsbeheerder, met diens naam en e-mailadres.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="218"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Een melding vraagt u een product te selecteren om naar het Factureringscentrum te gaan en licenties toe te voegen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="223"/>
        <source>In the Admin Center, “Add Licenses” asked to select a product to reach the Billing Center.</source>
        <translation>In het Admin Center vroeg “Licenties toevoegen” om een product te selecteren om naar het Factureringscentrum te gaan.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="233"/>
        <source>Signing in to the Admin Center failed, or it showed something else.</source>
        <translation>Het aanmelden bij het Admin Center is mislukt, of het portaal toonde iets anders.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="239"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Aanmelden bij het Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="241"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>U bent misschien factureringsbeheerder, misschien ook niet, maar uw account wordt beheerd in het Corporate Billing Portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="248"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Klik op de pagina Mijn account op “Naar facturering” (Go to Billing) of ga naar {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="254"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Klik op het logo van een product in uw account of ga naar {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="259"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Kunt u zich aanmelden bij het Corporate Billing Portal?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="261"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Bij het Corporate Billing Portal meldt u zich aan met een gebruikers-ID, niet met uw e-mailadres: u vindt die op de facturen die u per e-mail ontvangt. Bent u het wachtwoord kwijt, gebruik dan de koppeling daarvoor op de aanmeldpagina van het portaal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="272"/>
        <source>Yes, I signed in</source>
        <translation>Ja, ik heb me aangemeld</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="274"/>
        <source>Signing in to the Corporate Billing Portal with the user ID worked.</source>
        <translation>Het aanmelden bij het Corporate Billing Portal met de gebruikers-ID is gelukt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="278"/>
        <source>No, I cannot sign in</source>
        <translation>Nee, ik kan me niet aanmelden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="280"/>
        <source>Signing in to the Corporate Billing Portal with the user ID failed.</source>
        <translation>Het aanmelden bij het Corporate Billing Portal met de gebruikers-ID is mislukt.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="15"/>
        <source>You are not the billing admin</source>
        <translation>U bent niet de factureringsbeheerder</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="16"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Kunt u de factureringscontactpersoon nog steeds niet vinden, neem dan contact op met de beheerder van uw account voor {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="25"/>
        <source>You are the billing admin</source>
        <translation>U bent de factureringsbeheerder</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="27"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>U bent doorgestuurd naar de pagina Abonnementen van uw account: u bent de factureringscontactpersoon van uw account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="33"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>In het Factureringscentrum kunt u het abonnement, de betalings- en factuurgegevens en de overige accountinstellingen wijzigen.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="47"/>
        <source>You are the billing admin, in the Corporate Billing Portal</source>
        <translation>U bent de factureringsbeheerder, in het Corporate Billing Portal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="49"/>
        <source>Your account&apos;s billing is managed in the Corporate Billing Portal, by those who sign in to it with the user ID from an invoice sent by email, as you did.</source>
        <translation>De facturering van uw account wordt beheerd in het Corporate Billing Portal, door wie zich daar aanmeldt met de gebruikers-ID van een factuur die per e-mail is verzonden, zoals u hebt gedaan.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="55"/>
        <source>For the account&apos;s billing, sign in to the Corporate Billing Portal with your user ID and your password.</source>
        <translation>Meld u voor de facturering van het account aan bij het Corporate Billing Portal met uw gebruikers-ID en uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="66"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>U hebt een standaardaccount en u bent niet de factureringsbeheerder.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="67"/>
        <source>For more information, contact your account admin.</source>
        <translation>Neem voor meer informatie contact op met uw accountbeheerder.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="77"/>
        <source>The Admin Center&apos;s message names your billing admin: it shows their name and email address.</source>
        <translation>De melding in het Admin Center noemt uw factureringsbeheerder, met diens naam en e-mailadres.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="82"/>
        <source>To ask for product or licensing changes, click “Email the billing admin” in that message: it opens an email to them in your mail program. If it does not, write to them from here.</source>
        <translation>Klik voor product- of licentiewijzigingen in die melding op “E-mail naar de factureringsbeheerder” (Email the billing admin): uw e-mailprogramma opent dan een e-mail aan deze persoon. Gebeurt dat niet, schrijf dan van hieruit.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="95"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>U kunt zich niet aanmelden bij het Corporate Billing Portal, dus u bent niet de factureringsbeheerder.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="108"/>
        <source>You have not found the billing contact yet</source>
        <translation>U hebt de factureringscontactpersoon nog niet gevonden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="110"/>
        <source>The sign-in failed, or the portal showed something this assistant does not know: this way does not tell who the billing contact is.</source>
        <translation>Het aanmelden is mislukt, of het portaal toonde iets wat deze assistent niet kent: langs deze weg is niet vast te stellen wie de factureringscontactpersoon is.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="116"/>
        <source>Ask the admin who manages your {product} account who the billing contact is. Or try the other way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing contact.</source>
        <translation>Vraag de beheerder van uw account voor {product} wie de factureringscontactpersoon is. Of probeer de andere manier: het Admin Center is voor accountbeheerders, het Factureringscentrum voor iedereen die de factureringscontactpersoon zou kunnen zijn.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="103"/>
        <location filename="../gui/billing_contact/services/i18n.py" line="58"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Onbekende taal {code}: de beschikbare talen zijn {languages}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="127"/>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="128"/>
        <source>Licence files</source>
        <translation>Licentiebestanden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="129"/>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="132"/>
        <source>Billing Contact Assistant is free software under the MIT licence, below. Run from source, it uses the Qt, PySide6 and Python installed with it, each under its own licence; the installed program carries their texts in its licenses folder.</source>
        <translation>De Assistent voor de factureringscontactpersoon is vrije software onder de MIT-licentie (hieronder). Wordt hij vanuit de broncode gestart, dan gebruikt hij de Qt, PySide6 en Python die ermee zijn geïnstalleerd, elk onder een eigen licentie; het geïnstalleerde programma bevat hun teksten in de map licenses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="141"/>
        <source>Billing Contact Assistant and what it carries, each under its own licence. The index, {index}, names each one, its licence and the file with its text.</source>
        <translation>De Assistent voor de factureringscontactpersoon en wat hij meebrengt, elk onder een eigen licentie. De index, {index}, noemt elk onderdeel, de licentie ervan en het bestand met de tekst.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="378"/>
        <source>Result: {headline}, walk code {code}</source>
        <translation>Resultaat: {headline}, antwoordcode {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="382"/>
        <source>Step {number}, {title}</source>
        <translation>Stap {number}, {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="386"/>
        <source>Step {number}, {title}, reached by answer {letter}</source>
        <translation>Stap {number}, {title}, bereikt met antwoord {letter}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="392"/>
        <source>Answer {letter}: {answer}</source>
        <translation>Antwoord {letter}: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="397"/>
        <source>On your walk.</source>
        <translation>Op uw route.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="400"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="533"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="572"/>
        <source>Map of every walk</source>
        <translation>Kaart van alle routes</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="535"/>
        <source>Every step, every answer with its letter, and the result each walk leads to, with its walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.</source>
        <translation>Elke stap, elk antwoord met zijn letter, en het resultaat waartoe elke route leidt, met zijn antwoordcode. Uw route is gemarkeerd. Met Tab of de pijltjestoetsen gaat u van vak naar vak.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="362"/>
        <location filename="../gui/billing_contact/ui/pages.py" line="210"/>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="85"/>
        <location filename="../gui/billing_contact/ui/widgets.py" line="279"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="92"/>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="93"/>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="98"/>
        <source>Save the summary</source>
        <translation>Samenvatting opslaan</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="99"/>
        <source>billing-contact-summary</source>
        <translation>samenvatting-factureringscontactpersoon</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="122"/>
        <source>The summary was not saved</source>
        <translation>De samenvatting is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="123"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Ze kon niet naar {path} worden geschreven. Daar is niets achtergebleven; sla de samenvatting ergens anders op.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="136"/>
        <source>Share summary</source>
        <translation>Samenvatting delen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="138"/>
        <source>Copy, save or print your answers and the result, to send them to IT or your account admin</source>
        <translation>Uw antwoorden en het resultaat kopiëren, opslaan of afdrukken, om ze naar de IT-afdeling of uw accountbeheerder te sturen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="145"/>
        <source>Opens a menu to copy, save or print your answers and the result, for IT or your account admin</source>
        <translation>Opent een menu om uw antwoorden en het resultaat te kopiëren, op te slaan of af te drukken, voor de IT-afdeling of uw accountbeheerder</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="149"/>
        <source>Copy summary</source>
        <translation>Samenvatting kopiëren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="150"/>
        <source>Save summary…</source>
        <translation>Samenvatting opslaan…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="151"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="296"/>
        <source>Write to {name}…</source>
        <translation>E-mail sturen aan {name}…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="304"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Contactpersoon van uw organisatie voor dit account: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="309"/>
        <source>Open the help desk</source>
        <translation>Helpdesk openen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="284"/>
        <source>Copy link</source>
        <translation>Koppeling kopiëren</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="287"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>{address} kopiëren, om het in een chat of e-mail te plakken</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="409"/>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="32"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Wie is de factureringscontactpersoon? Samenvatting</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="33"/>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="34"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="35"/>
        <source>What to do next</source>
        <translation>Wat u nu kunt doen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="36"/>
        <source>Portal addresses</source>
        <translation>Adressen van de portalen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="37"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="38"/>
        <source>Billing Contact Assistant version</source>
        <translation>Versie van de Assistent voor de factureringscontactpersoon</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="39"/>
        <source>Walk code</source>
        <translation>Antwoordcode</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="274"/>
        <source>Not determined</source>
        <translation>Niet vastgesteld</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="279"/>
        <source>What to do next:</source>
        <translation>Wat u nu kunt doen:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="313"/>
        <source>Your answers</source>
        <translation>Uw antwoorden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="366"/>
        <location filename="../gui/billing_contact/ui/verdict.py" line="288"/>
        <source>Walk code: {code}</source>
        <translation>Antwoordcode: {code}</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="113"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Stap {step} ({title}): “{found}” is geen antwoordletter. Mogelijke letters bij stap {step}: {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="116"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>Stap {step} ({title}) heeft geen antwoord {found}. Mogelijke letters: {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="117"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>Stap {step} ({title}) heeft nog geen antwoord. Mogelijke letters: {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="118"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Er is geen stap {step}: de antwoorden ervoor leiden al tot een resultaat. Verwijder {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="89"/>
        <source>The letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>De letters van de antwoorden, zoals de resultaatpagina ze toont (bijvoorbeeld B-A-B). Dezelfde code opent in elke taal hetzelfde resultaat.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="101"/>
        <source>Opens the result: {headline}</source>
        <translation>Opent het resultaat: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="141"/>
        <source>Open a walk code</source>
        <translation>Antwoordcode openen</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="143"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Antwoordcode: de letters van de antwoorden, zoals de resultaatpagina ze toont (bijvoorbeeld B-A-B). Dezelfde code opent in elke taal hetzelfde resultaat.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="151"/>
        <source>Walk code</source>
        <translation>Antwoordcode</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="29"/>
        <source>“Show the map” draws every step, answer and result at once, with the answers&apos; letters and the walk codes, and your walk highlighted: where each answer leads, and where you are.</source>
        <translation>“Kaart tonen” tekent alle stappen, antwoorden en resultaten tegelijk, met de letters van de antwoorden en de antwoordcodes, en met uw route gemarkeerd: waar elk antwoord heen leidt, en waar u bent.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="37"/>
        <source>Who to ask: {who}.</source>
        <translation>Bij wie u terechtkunt: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="40"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>Bij wie u terechtkunt: de beheerder van uw account voor {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="45"/>
        <source>Help desk: {url}</source>
        <translation>Helpdesk: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="46"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="53"/>
        <source>Show the map…</source>
        <translation>Kaart tonen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="59"/>
        <source>About…</source>
        <translation>Over…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="72"/>
        <source>About Billing Contact Assistant</source>
        <translation>Over de Assistent voor de factureringscontactpersoon</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="73"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistent voor de factureringscontactpersoon {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="76"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Zoekt uit wie de factureringscontactpersoon van uw account voor {product} is, aan de hand van het helpartikel van GoTo. De assistent opent de portalen in uw browser, vraagt nooit om een wachtwoord en leest of bewaart er ook nooit een.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="83"/>
        <source>It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence. “Licences…” shows their texts.</source>
        <translation>De assistent is gebouwd met Qt en PySide6, onder de GNU LGPL versie 3, en met Python, onder de PSF-licentie. “Licenties…” toont hun teksten.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="88"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Niet verbonden aan GoTo of LogMeIn en niet door hen goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="94"/>
        <source>About Qt</source>
        <translation>Over Qt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="98"/>
        <source>Licences…</source>
        <translation>Licenties…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="92"/>
        <source>Find out who the billing contact of your {product} account is</source>
        <translation>Ontdek wie de factureringscontactpersoon van uw {product}-account is</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="232"/>
        <source>The email was not sent</source>
        <translation>De e-mail is niet verzonden</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="233"/>
        <source>You started an email and did not send it. Close the assistant anyway? What you typed will be lost.</source>
        <translation>U bent een e-mail begonnen en hebt die niet verzonden. De assistent toch sluiten? Wat u hebt getypt, gaat verloren.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="239"/>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="404"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistent voor de factureringscontactpersoon</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="412"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="414"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="418"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="417"/>
        <source>Opens the menu of languages</source>
        <translation>Opent het talenmenu</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="422"/>
        <source>Open a walk code…</source>
        <translation>Antwoordcode openen…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="425"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Het resultaat van een antwoordcode zoals B-A-B openen ({shortcut})</translation>
    </message>
</context>
</TS>
