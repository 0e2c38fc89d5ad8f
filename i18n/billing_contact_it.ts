<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="80"/>
        <source>Step {number}: {title}</source>
        <translation>Passaggio {number}: {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/accessibility.py" line="105"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="350"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Percorso iniziale sconosciuto {value}: usa uno tra {paths}. L&apos;assistente parte dalla sua prima pagina.</translation>
    </message>
</context>
<context>
    <name>ChangeContact</name>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="241"/>
        <source>Change the billing contact</source>
        <translation>Cambiare il contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="248"/>
        <source>Have at hand:</source>
        <translation>Tieni a portata di mano:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/changecontact.py" line="254"/>
        <source>&amp;Open GoTo&apos;s support page</source>
        <translation>&amp;Apri la pagina del supporto GoTo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="88"/>
        <source>Try &apos;{program} --help&apos;.</source>
        <translation>Usare &apos;{program} --help&apos; per maggiori informazioni.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="89"/>
        <source>Unknown option {option}. The options are {options}.</source>
        <translation>Opzione sconosciuta: {option}. Le opzioni sono {options}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="90"/>
        <source>Did you mean {option}?</source>
        <translation>Forse intendevi {option}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="91"/>
        <source>{option} needs a value.</source>
        <translation>{option} richiede un valore.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="92"/>
        <source>--walk and --start each choose where to open: give one.</source>
        <translation>--walk e --start scelgono entrambe dove aprire: indicane solo una.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="93"/>
        <source>The walk code {code} opens nothing.</source>
        <translation>Il codice del percorso {code} non apre nulla.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="94"/>
        <source>{file}: the map is written as SVG, PDF or PNG, by the file&apos;s extension: {extensions}.</source>
        <translation>{file}: la mappa si salva come SVG, PDF o PNG, in base all&apos;estensione del file: {extensions}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="97"/>
        <source>--export-map writes a file and opens no window: {option} does not apply.</source>
        <translation>--export-map scrive un file e non apre alcuna finestra: {option} qui non si applica.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/app.py" line="100"/>
        <source>Cannot write the map to {file}: {reason}</source>
        <translation>Impossibile scrivere la mappa in {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="57"/>
        <source>Could not open the address</source>
        <translation>Impossibile aprire l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="58"/>
        <source>No browser opened this address. Copy it and open it in your browser:</source>
        <translation>Nessun browser ha aperto questo indirizzo. Copialo e aprilo nel tuo browser:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="65"/>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="70"/>
        <source>No mail program opened the email to {address}. Copy it, then paste it into a new email in your mail program or webmail.</source>
        <translation>Nessun programma di posta ha aperto l&apos;email per {address}. Copiala, poi incollala in una nuova email nel tuo programma di posta o nella webmail.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="76"/>
        <source>Could not open the email</source>
        <translation>Impossibile aprire l&apos;email</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="82"/>
        <source>Copy email</source>
        <translation>Copia email</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="90"/>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="100"/>
        <source>To: {address}</source>
        <translation>A: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/desktop.py" line="101"/>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="75"/>
        <source>Hello {name},</source>
        <translation>Gentile {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="76"/>
        <source>Hello,</source>
        <translation>Buongiorno,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="145"/>
        <source>What I checked:</source>
        <translation>Cosa ho verificato:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="148"/>
        <source>Thank you, and kind regards,</source>
        <translation>Grazie e cordiali saluti,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="66"/>
        <source>Add licenses</source>
        <translation>Aggiungere licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="67"/>
        <source>Change the subscription plan</source>
        <translation>Cambiare il piano di sottoscrizione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="68"/>
        <source>Update the payment method</source>
        <translation>Aggiornare il metodo di pagamento</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="69"/>
        <source>Something else…</source>
        <translation>Altro…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="82"/>
        <source>I would like to add licenses to our {product} account.</source>
        <translation>vorrei aggiungere licenze al nostro account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="84"/>
        <source>I would like to change the subscription plan of our {product} account.</source>
        <translation>vorrei cambiare il piano di sottoscrizione del nostro account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="88"/>
        <source>I would like to update the payment method of our {product} account.</source>
        <translation>vorrei aggiornare il metodo di pagamento del nostro account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="96"/>
        <source>I have a request about our {product} account: {request}</source>
        <translation>ho una richiesta sul nostro account {product}: {request}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="99"/>
        <source>I have a request about our {product} account.</source>
        <translation>ho una richiesta sul nostro account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="107"/>
        <source>Adding licenses to our {product} account</source>
        <translation>Aggiunta di licenze al nostro account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="109"/>
        <source>Changing the subscription plan of our {product} account</source>
        <translation>Modifica del piano di sottoscrizione del nostro account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="111"/>
        <source>Updating the payment method of our {product} account</source>
        <translation>Aggiornamento del metodo di pagamento del nostro account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="113"/>
        <source>A request about our {product} account</source>
        <translation>Una richiesta sul nostro account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="120"/>
        <source>The Admin Center names you as the billing admin of this account. Could you please help me with it?</source>
        <translation>Il Centro di amministrazione indica Lei come amministratore della fatturazione di questo account. Potrebbe aiutarmi?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="124"/>
        <source>For that I need to reach its billing contact, and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?</source>
        <translation>Per questo devo rivolgermi al contatto di fatturazione dell&apos;account, ma i portali non mi hanno indicato chi sia. Potrebbe dirmelo, o inoltrare questa richiesta a chi lo sa?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="378"/>
        <source>Say in a few words what you need.</source>
        <translation>Descrivi in poche parole di cosa hai bisogno.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="381"/>
        <source>Choose what you need.</source>
        <translation>Scegli di cosa hai bisogno.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="392"/>
        <source>To: {address}</source>
        <translation>A: {address}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="393"/>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="432"/>
        <source>Write to the billing admin</source>
        <translation>Scrivi all&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="433"/>
        <source>Copy the billing admin&apos;s name and email address from the Admin Center&apos;s message. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Copia nome e indirizzo email dell&apos;amministratore della fatturazione dal messaggio del Centro di amministrazione. L&apos;email si apre nel tuo programma di posta, dove puoi modificarla prima di inviarla.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="438"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nome dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="439"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>Indirizzo &amp;email dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="441"/>
        <source>Write to your account admin</source>
        <translation>Scrivi all&apos;amministratore del tuo account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="442"/>
        <source>Ask the admin who manages your {product} account who its billing contact is. The email opens in your mail program, where you can change it before sending.</source>
        <translation>Chiedi all&apos;amministratore che gestisce il tuo account {product} chi ne è il contatto di fatturazione. L&apos;email si apre nel tuo programma di posta, dove puoi modificarla prima di inviarla.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="447"/>
        <source>Account admin&apos;s &amp;name:</source>
        <translation>&amp;Nome dell&apos;amministratore dell&apos;account:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="448"/>
        <source>Account admin&apos;s &amp;email address:</source>
        <translation>Indirizzo &amp;email dell&apos;amministratore dell&apos;account:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="453"/>
        <source>&amp;What do you need?</source>
        <translation>Di cosa hai &amp;bisogno?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="454"/>
        <source>Something else, in your &amp;own words:</source>
        <translation>Altro, a &amp;parole tue:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="455"/>
        <source>&amp;Your name (optional):</source>
        <translation>Il tuo no&amp;me (facoltativo):</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="459"/>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="460"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="464"/>
        <source>It signs the email. The assistant remembers it on this computer for next time.</source>
        <translation>Firma l&apos;email. L&apos;assistente lo ricorda su questo computer per la prossima volta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="456"/>
        <source>The email &amp;reads:</source>
        <translation>&amp;Testo dell&apos;email:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="467"/>
        <source>&amp;Send…</source>
        <translation>&amp;Invia…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="468"/>
        <source>Opens the email in your mail program</source>
        <translation>Apre l&apos;email nel tuo programma di posta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/emails.py" line="105"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Chi è il contatto di fatturazione del nostro account {product}?</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="237"/>
        <source>Enter an email address, such as name@example.com.</source>
        <translation>Inserisci un indirizzo email, come nome@esempio.it.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="238"/>
        <source>There is more than one address here: enter only one.</source>
        <translation>Qui c&apos;è più di un indirizzo: inseriscine uno solo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="239"/>
        <source>There is a space inside the address: an email address has none.</source>
        <translation>Nell&apos;indirizzo c&apos;è uno spazio: un indirizzo email non ne ha.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="240"/>
        <source>There is no @ in the address: an email address has one, as in name@example.com.</source>
        <translation>Nell&apos;indirizzo manca la @: un indirizzo email ne ha una, come in nome@esempio.it.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="243"/>
        <source>There is more than one @ in the address: an email address has only one.</source>
        <translation>Nell&apos;indirizzo c&apos;è più di una @: un indirizzo email ne ha una sola.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="246"/>
        <source>There is nothing before the @: an address starts with a name, as in name@example.com.</source>
        <translation>Prima della @ non c&apos;è nulla: un indirizzo inizia con un nome, come in nome@esempio.it.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="249"/>
        <source>There is nothing after the @: an address ends with a domain, as in name@example.com.</source>
        <translation>Dopo la @ non c&apos;è nulla: un indirizzo finisce con un dominio, come in nome@esempio.it.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="252"/>
        <source>There is “{character}” in the address: an email address cannot contain it.</source>
        <translation>Nell&apos;indirizzo c&apos;è «{character}»: un indirizzo email non può contenerlo.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="255"/>
        <source>There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.</source>
        <translation>C&apos;è un punto nel posto sbagliato: un punto non può stare all&apos;inizio, alla fine, accanto alla @ o due volte di seguito.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="259"/>
        <source>There is no dot after the @: the domain has one, as in example.com.</source>
        <translation>Dopo la @ manca il punto: il dominio ne ha uno, come in esempio.it.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="262"/>
        <source>There is a hyphen in the wrong place: a part of the domain cannot start or end with one.</source>
        <translation>C&apos;è un trattino nel posto sbagliato: una parte del dominio non può iniziare o finire con un trattino.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="265"/>
        <source>The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.</source>
        <translation>Il dominio non finisce con un nome: finisce come .com o .it, non con un numero o una sola lettera.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/mailto.py" line="269"/>
        <source>The address is too long to be an email address.</source>
        <translation>L&apos;indirizzo è troppo lungo per essere un indirizzo email.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="193"/>
        <source>The details are in {path}.</source>
        <translation>I dettagli sono in {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="195"/>
        <source>The details could not be written to a log file.</source>
        <translation>Non è stato possibile scrivere i dettagli in un file di log.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="226"/>
        <source>Something went wrong last time</source>
        <translation>Qualcosa non ha funzionato l&apos;ultima volta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="227"/>
        <source>The assistant closed unexpectedly the last time it was used.</source>
        <translation>L&apos;assistente si è chiuso in modo imprevisto l&apos;ultima volta che è stato usato.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="332"/>
        <source>Something went wrong</source>
        <translation>Qualcosa non ha funzionato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="333"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>L&apos;assistente ha incontrato un problema imprevisto. Le tue risposte sono conservate: puoi continuare.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="197"/>
        <source>IT may ask for them.</source>
        <translation>Il reparto IT potrebbe chiederteli.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/services/errors.py" line="205"/>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="7"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Vieni reindirizzato alla pagina Sottoscrizioni del tuo account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="8"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Non riesci ad accedere, oppure succede qualcos&apos;altro</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="9"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Si verificherà una delle seguenti situazioni: scegli quella che vedi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="10"/>
        <source>What happens?</source>
        <translation>Che cosa succede?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="15"/>
        <source>You are not the billing admin</source>
        <translation>Non sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="16"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Accedi al Portale di fatturazione Corporate con il tuo ID utente (ricevuto in una fattura inviata tramite email) e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="28"/>
        <source>This page says what your answers mean and what to do next. “Share summary” copies, saves or prints your answers and the result, to send them to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Questa pagina spiega cosa significano le tue risposte e cosa fare ora. «Condividi riepilogo» copia, salva o stampa le risposte e il risultato, da inviare all&apos;IT o all&apos;amministratore dell&apos;account. «Ricomincia» cancella tutte le risposte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="34"/>
        <source>The walk code under the result is the letters of your answers, such as B-A-B. Read it to your help desk: with “Open a walk code…” (Ctrl+O) they open the same result, in their own language.</source>
        <translation>Il codice del percorso sotto il risultato è fatto delle lettere delle tue risposte, ad esempio B-A-B. Dettalo all&apos;help desk: con «Apri codice del percorso…» (Ctrl+O) aprirà lo stesso risultato, nella propria lingua.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="40"/>
        <source>Where the next step is to write to someone, “Write to…” opens an email in your own mail program, to check and send yourself: nothing is sent without you.</source>
        <translation>Quando il passo successivo è scrivere a qualcuno, «Scrivi a…» apre un&apos;email nel tuo programma di posta, da controllare e inviare tu stesso: nulla viene inviato senza di te.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/__init__.py" line="45"/>
        <source>Where your answers tell which portal manages your account&apos;s billing, “How to change the billing contact…” says whom to ask at GoTo, on which conditions, and what to have at hand; it opens GoTo&apos;s support page in your browser.</source>
        <translation>Quando le tue risposte indicano quale portale gestisce la fatturazione del tuo account, «Come cambiare il contatto di fatturazione…» spiega a chi rivolgerti presso GoTo, a quali condizioni e che cosa tenere a portata di mano; apre la pagina del supporto GoTo nel tuo browser.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="13"/>
        <source>Billing Center</source>
        <translation>Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="14"/>
        <source>Admin Center</source>
        <translation>Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="17"/>
        <source>Corporate Billing Portal</source>
        <translation>Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="29"/>
        <source>Open the Billing Center</source>
        <translation>Apri il Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="30"/>
        <source>Open the Admin Center</source>
        <translation>Apri il Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="33"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Apri il Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="43"/>
        <source>Write to your account admin…</source>
        <translation>Scrivi all&apos;amministratore del tuo account…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="56"/>
        <source>How to change the billing contact…</source>
        <translation>Come cambiare il contatto di fatturazione…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="25"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Chi è il contatto di fatturazione per il mio account?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="27"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Il contatto di fatturazione (ovvero l&apos;amministratore della fatturazione) per il tuo account è un membro della tua organizzazione (non un rappresentante di LogMeIn) che dispone di privilegi speciali che gli consentono di modificare il piano di sottoscrizione dell&apos;account, modificare le informazioni di pagamento e fatturazione, nonché gestire le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="34"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Solo i contatti di fatturazione o gli amministratori dell&apos;account possono vedere chi è il contatto di fatturazione di un account. Se ritieni di essere il contatto di fatturazione ma non sei sicuro, puoi verificarlo in uno di questi due modi. Accedi al portale nel tuo browser: questo assistente non ti chiede mai la password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="43"/>
        <source>How do you want to check?</source>
        <translation>Come vuoi verificarlo?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="73"/>
        <source>Sign in to the Billing Center</source>
        <translation>Accedere al Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="106"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Viene visualizzato il messaggio «È possibile che questa non sia la pagina che desideravi.»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="122"/>
        <source>Look at your My Account page</source>
        <translation>Guarda la tua pagina Account personale</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="126"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Fai clic sul profilo dell&apos;account per essere reindirizzato alla pagina Account personale.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="129"/>
        <source>What does your My Account page show?</source>
        <translation>Che cosa mostra la tua pagina Account personale?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="141"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Un account standard: la pagina non offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="149"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>L&apos;account è gestito nel Portale di fatturazione Corporate: la pagina offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="164"/>
        <source>Sign in to the Admin Center</source>
        <translation>Accedere al Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="166"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Se sei un amministratore dell&apos;account, puoi accedere al Centro di amministrazione per determinare se sei anche un amministratore della fatturazione per il tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="16"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Se non sei ancora in grado di individuare il contatto di fatturazione, contatta l&apos;amministratore che gestisce il tuo account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="11"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Se l&apos;accesso non riesce, usa il link per la password dimenticata nella pagina di accesso del portale: questo assistente non può vedere né reimpostare la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="38"/>
        <source>Write to the billing admin…</source>
        <translation>Scrivi all&apos;amministratore della fatturazione…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="48"/>
        <source>Try the Admin Center instead</source>
        <translation>Prova invece il Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/portals.py" line="53"/>
        <source>Try the Billing Center instead</source>
        <translation>Prova invece il Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="45"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Quale strada? Il Centro fatturazione va bene per chiunque possa essere il contatto di fatturazione. Il Centro di amministrazione è per gli amministratori dell&apos;account; se non sei l&apos;amministratore della fatturazione, indica anche chi lo è.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="51"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Stai aiutando qualcuno al telefono? Chiedigli a quale dei due portali riesce ad accedere. L&apos;accesso avviene nella pagina del portale, nel suo browser: non chiedergli mai la password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="61"/>
        <source>In the Billing Center (for anyone who thinks they are the billing contact)</source>
        <translation>Dal Centro fatturazione (per chi ritiene di essere il contatto di fatturazione)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="66"/>
        <source>In the Admin Center (account admins only)</source>
        <translation>Dal Centro di amministrazione (solo amministratori dell&apos;account)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="77"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Accedi al Centro fatturazione all&apos;indirizzo {billing_center} con l&apos;indirizzo email e la password che usi per {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="88"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>La pagina di accesso del Centro fatturazione chiede l&apos;indirizzo email e la password che usi per {product}. Dopo l&apos;accesso arrivi alla pagina Sottoscrizioni del tuo account, che elenca i tuoi piani, oppure vedi un messaggio che dice che questa potrebbe non essere la pagina che desideravi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="102"/>
        <source>The Billing Center opened the account&apos;s Subscriptions page.</source>
        <translation>Il Centro fatturazione ha aperto la pagina Sottoscrizioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="108"/>
        <source>The Billing Center said “You seem to have landed in the wrong place”.</source>
        <translation>Il Centro fatturazione ha mostrato il messaggio «È possibile che questa non sia la pagina che desideravi.»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="116"/>
        <source>Signing in to the Billing Center failed, or it showed something else.</source>
        <translation>L&apos;accesso al Centro fatturazione non è riuscito, oppure è apparso qualcos&apos;altro.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="131"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Il profilo dell&apos;account è il tuo nome o la tua immagine in alto nel portale. Nella pagina Account personale, la voce «Vai alla fatturazione» indica che l&apos;account è fatturato tramite il Portale di fatturazione Corporate; senza di essa, l&apos;account è standard.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="143"/>
        <source>The My Account page offers no “Go to Billing”: it is a standard account.</source>
        <translation>La pagina Account personale non offre «Vai alla fatturazione»: è un account standard.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="154"/>
        <source>The My Account page offers “Go to Billing”: the account is managed in the Corporate Billing Portal.</source>
        <translation>La pagina Account personale offre «Vai alla fatturazione»: l&apos;account è gestito nel Portale di fatturazione Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="174"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Accedi al Centro di amministrazione con l&apos;indirizzo email e la password di {product} all&apos;indirizzo {admin_center}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="179"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Nella barra di navigazione a sinistra, seleziona «Aggiungi licenze».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="185"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Accedi con lo stesso indirizzo email e la stessa password di {product}. «Aggiungi licenze» si trova nella barra di navigazione a sinistra. Se non riesci ad accedere al Centro di amministrazione, forse non sei un amministratore dell&apos;account: prova invece il Centro fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="198"/>
        <source>In the Admin Center, “Add Licenses” opened the account&apos;s Subscriptions page.</source>
        <translation>Nel Centro di amministrazione, «Aggiungi licenze» ha aperto la pagina Sottoscrizioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="204"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Viene visualizzato un messaggio che ti invita a contattare l&apos;amministratore della fatturazione (ne indica nome e indirizzo email) per apportare modifiche ai prodotti o alle licenze dell&apos;account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="210"/>
        <source>In the Admin Center, “Add Licenses” showed a message to contact the billing admin, with their name and email address, for product or licensing changes.</source>
        <translation>Nel Centro di amministrazione, «Aggiungi licenze» ha mostrato un messaggio che invita a contattare l&apos;amministratore della fatturazione, con nome e indirizzo email, per le modifiche ai prodotti o alle licenze.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="218"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Viene visualizzato un messaggio che ti invita a selezionare un prodotto per accedere al Centro fatturazione e aggiungere licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="223"/>
        <source>In the Admin Center, “Add Licenses” asked to select a product to reach the Billing Center.</source>
        <translation>Nel Centro di amministrazione, «Aggiungi licenze» ha chiesto di selezionare un prodotto per accedere al Centro fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="233"/>
        <source>Signing in to the Admin Center failed, or it showed something else.</source>
        <translation>L&apos;accesso al Centro di amministrazione non è riuscito, oppure è apparso qualcos&apos;altro.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="239"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Accedere al Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="241"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Potresti essere o non essere amministratore della fatturazione ma il tuo account è gestito nel Portale di fatturazione Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="248"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Nella pagina Account personale fai clic su «Vai alla fatturazione» o vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="254"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Fai clic sul logo di un prodotto esistente nel tuo account oppure vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="259"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Riesci ad accedere al Portale di fatturazione Corporate?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="261"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Il Portale di fatturazione Corporate ti fa accedere con un ID utente, non con il tuo indirizzo email: lo trovi nelle fatture inviate tramite email. Se hai perso la password, usa il link apposito nella pagina di accesso del portale.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="272"/>
        <source>Yes, I signed in</source>
        <translation>Sì, ho effettuato l&apos;accesso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="274"/>
        <source>Signing in to the Corporate Billing Portal with the user ID worked.</source>
        <translation>L&apos;accesso al Portale di fatturazione Corporate con l&apos;ID utente è riuscito.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="278"/>
        <source>No, I cannot sign in</source>
        <translation>No, non riesco ad accedere</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/steps.py" line="280"/>
        <source>Signing in to the Corporate Billing Portal with the user ID failed.</source>
        <translation>L&apos;accesso al Portale di fatturazione Corporate con l&apos;ID utente non è riuscito.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="25"/>
        <source>You are the billing admin</source>
        <translation>Sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="27"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Sei stato reindirizzato alla pagina Sottoscrizioni del tuo account: sei il contatto di fatturazione del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="33"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Nel Centro fatturazione puoi modificare il piano di sottoscrizione, le informazioni di pagamento e fatturazione e le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="77"/>
        <source>The Admin Center&apos;s message names your billing admin: it shows their name and email address.</source>
        <translation>Il messaggio del Centro di amministrazione indica il tuo amministratore della fatturazione: ne mostra nome e indirizzo email.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="82"/>
        <source>To ask for product or licensing changes, click “Email the billing admin” in that message: it opens an email to them in your mail program. If it does not, write to them from here.</source>
        <translation>Per richiedere modifiche ai prodotti o alle licenze, fai clic su «Email all&apos;amministratore della fatturazione» in quel messaggio: si apre un&apos;email a questa persona nel tuo programma di posta. Se non si apre, scrivi a questa persona da qui.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="110"/>
        <source>The sign-in failed, or the portal showed something this assistant does not know: this way does not tell who the billing contact is.</source>
        <translation>L&apos;accesso non è riuscito, oppure il portale ha mostrato qualcosa che questo assistente non conosce: questa strada non dice chi sia il contatto di fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="116"/>
        <source>Ask the admin who manages your {product} account who the billing contact is. Or try the other way: the Admin Center is for account admins, the Billing Center for anyone who may be the billing contact.</source>
        <translation>Chiedi all&apos;amministratore che gestisce il tuo account {product} chi è il contatto di fatturazione. Oppure prova l&apos;altra strada: il Centro di amministrazione è per gli amministratori dell&apos;account, il Centro fatturazione per chiunque possa essere il contatto di fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="66"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Hai un account standard e non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="47"/>
        <source>You are the billing admin, in the Corporate Billing Portal</source>
        <translation>Sei l&apos;amministratore della fatturazione, nel Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="49"/>
        <source>Your account&apos;s billing is managed in the Corporate Billing Portal, by those who sign in to it with the user ID from an invoice sent by email, as you did.</source>
        <translation>La fatturazione del tuo account è gestita nel Portale di fatturazione Corporate, da chi vi accede con l&apos;ID utente ricevuto in una fattura inviata tramite email, come hai fatto tu.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="55"/>
        <source>For the account&apos;s billing, sign in to the Corporate Billing Portal with your user ID and your password.</source>
        <translation>Per la fatturazione dell&apos;account, accedi al Portale di fatturazione Corporate con il tuo ID utente e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="67"/>
        <source>For more information, contact your account admin.</source>
        <translation>Per ulteriori informazioni, contatta l&apos;amministratore del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="95"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Non riesci ad accedere al Portale di fatturazione Corporate, quindi non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/verdicts.py" line="108"/>
        <source>You have not found the billing contact yet</source>
        <translation>Non hai ancora individuato il contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="15"/>
        <source>The name and email address of the new billing contact.</source>
        <translation>Il nome e l&apos;indirizzo email del nuovo contatto di fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="20"/>
        <source>Your account is managed in the Billing Center</source>
        <translation>Il tuo account è gestito nel Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="21"/>
        <source>To change the billing contact, contact GoTo&apos;s Customer Care: on GoTo&apos;s support page, select “Contact Support”.</source>
        <translation>Per modificare il contatto di fatturazione, contatta il Servizio clienti di GoTo: nella pagina del supporto GoTo, seleziona «Contatta il supporto».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="26"/>
        <source>Customer Care honours the request only if both of these conditions apply:</source>
        <translation>Il Servizio clienti può rispondere alla tua richiesta solo se sono applicabili entrambe le condizioni seguenti:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="30"/>
        <source>You can verify the current credit card information that is listed for the account.</source>
        <translation>Sei in grado di verificare le informazioni correnti della carta di credito associata all&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="33"/>
        <source>You are the named credit card holder or a listed account admin.</source>
        <translation>Sei l&apos;intestatario della carta di credito oppure un amministratore dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="36"/>
        <source>The email address you use for {product}.</source>
        <translation>L&apos;indirizzo email che usi per {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="37"/>
        <source>The credit card currently listed for the account, to verify its information.</source>
        <translation>La carta di credito attualmente associata all&apos;account, per verificarne le informazioni.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="40"/>
        <source>If your account is managed in the Billing Center instead, contact GoTo&apos;s Customer Care from GoTo&apos;s support page. They change the billing contact only if you can verify the current credit card information listed for the account and you are the named card holder or a listed account admin.</source>
        <translation>Se invece il tuo account è gestito nel Centro fatturazione, contatta il Servizio clienti di GoTo dalla pagina del supporto GoTo. Il contatto di fatturazione viene cambiato solo se sei in grado di verificare le informazioni correnti della carta di credito associata all&apos;account e sei l&apos;intestatario della carta oppure un amministratore dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="49"/>
        <source>Your account is managed in the Corporate Billing Portal</source>
        <translation>Il tuo account è gestito nel Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="50"/>
        <source>To change the billing contact, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Per cambiare il contatto di fatturazione, contatta il tuo rappresentante GoTo o i Servizi per account Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="57"/>
        <source>An invoice sent by email: it shows the account&apos;s user ID for the Corporate Billing Portal.</source>
        <translation>Una fattura inviata tramite email: riporta l&apos;ID utente dell&apos;account per il Portale di fatturazione Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article/change.py" line="62"/>
        <source>If your account is managed in the Corporate Billing Portal instead, contact your GoTo representative or Corporate Account Services.</source>
        <translation>Se invece il tuo account è gestito nel Portale di fatturazione Corporate, contatta il tuo rappresentante GoTo o i Servizi per account Corporate.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="103"/>
        <location filename="../gui/billing_contact/services/i18n.py" line="58"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Lingua sconosciuta {code}: le lingue disponibili sono {languages}.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="127"/>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="128"/>
        <source>Licence files</source>
        <translation>File delle licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="129"/>
        <source>Licence text</source>
        <translation>Testo della licenza</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="132"/>
        <source>Billing Contact Assistant is free software under the MIT licence, below. Run from source, it uses the Qt, PySide6 and Python installed with it, each under its own licence; the installed program carries their texts in its licenses folder.</source>
        <translation>Assistente contatto di fatturazione è software libero con licenza MIT, riportata qui sotto. Eseguito dai sorgenti, usa Qt, PySide6 e Python installati insieme a esso, ciascuno con la propria licenza; il programma installato ne contiene i testi nella sua cartella licenses.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/licences.py" line="141"/>
        <source>Billing Contact Assistant and what it carries, each under its own licence. The index, {index}, names each one, its licence and the file with its text.</source>
        <translation>Assistente contatto di fatturazione e ciò che include, ciascuno con la propria licenza. L&apos;indice, {index}, indica ogni componente, la sua licenza e il file con il testo.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="378"/>
        <source>Result: {headline}, walk code {code}</source>
        <translation>Risultato: {headline}, codice del percorso {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="382"/>
        <source>Step {number}, {title}</source>
        <translation>Passaggio {number}, {title}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="386"/>
        <source>Step {number}, {title}, reached by answer {letter}</source>
        <translation>Passaggio {number}, {title}, raggiunto con la risposta {letter}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="392"/>
        <source>Answer {letter}: {answer}</source>
        <translation>Risposta {letter}: {answer}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="397"/>
        <source>On your walk.</source>
        <translation>Sul tuo percorso.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="400"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="533"/>
        <location filename="../gui/billing_contact/ui/mapview.py" line="572"/>
        <source>Map of every walk</source>
        <translation>Mappa di tutti i percorsi</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="535"/>
        <source>Every step, every answer with its letter, and the result each walk leads to, with its walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.</source>
        <translation>Ogni passaggio, ogni risposta con la sua lettera e il risultato a cui porta ogni percorso, con il suo codice del percorso. Il tuo percorso è evidenziato. Con Tab o con i tasti freccia passi da un riquadro all&apos;altro.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="284"/>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/widgets.py" line="287"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>Copia {address}, per incollarlo in una chat o in un&apos;email</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="85"/>
        <location filename="../gui/billing_contact/ui/widgets.py" line="279"/>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="92"/>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="93"/>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="94"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="98"/>
        <source>Save the summary</source>
        <translation>Salva il riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="99"/>
        <source>billing-contact-summary</source>
        <translation>riepilogo-contatto-fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="122"/>
        <source>The summary was not saved</source>
        <translation>Il riepilogo non è stato salvato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="123"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Non è stato possibile scriverlo in {path}. Lì non è rimasto nulla; salvalo altrove.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="136"/>
        <source>Share summary</source>
        <translation>Condividi riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="138"/>
        <source>Copy, save or print your answers and the result, to send them to IT or your account admin</source>
        <translation>Copia, salva o stampa le tue risposte e il risultato, da inviare all&apos;IT o all&apos;amministratore dell&apos;account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="145"/>
        <source>Opens a menu to copy, save or print your answers and the result, for IT or your account admin</source>
        <translation>Apre un menu per copiare, salvare o stampare le tue risposte e il risultato, per l&apos;IT o l&apos;amministratore dell&apos;account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="149"/>
        <source>Copy summary</source>
        <translation>Copia riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="150"/>
        <source>Save summary…</source>
        <translation>Salva riepilogo…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="151"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="409"/>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="296"/>
        <source>Write to {name}…</source>
        <translation>Scrivi a {name}…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="304"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Il contatto della tua organizzazione per questo account: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="309"/>
        <source>Open the help desk</source>
        <translation>Apri l&apos;help desk</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="362"/>
        <location filename="../gui/billing_contact/ui/pages.py" line="210"/>
        <source>Step {number}</source>
        <translation>Passaggio {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="32"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Chi è il contatto di fatturazione? Riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="33"/>
        <source>Questions and answers</source>
        <translation>Domande e risposte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="34"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="35"/>
        <source>What to do next</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="36"/>
        <source>Portal addresses</source>
        <translation>Indirizzi dei portali</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="37"/>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="38"/>
        <source>Billing Contact Assistant version</source>
        <translation>Versione di Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/share.py" line="39"/>
        <source>Walk code</source>
        <translation>Codice del percorso</translation>
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
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="273"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="274"/>
        <source>Not determined</source>
        <translation>Non determinato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="279"/>
        <source>What to do next:</source>
        <translation>Cosa fare ora:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/verdict.py" line="313"/>
        <source>Your answers</source>
        <translation>Le tue risposte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/mapview.py" line="366"/>
        <location filename="../gui/billing_contact/ui/verdict.py" line="288"/>
        <source>Walk code: {code}</source>
        <translation>Codice del percorso: {code}</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="113"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Passaggio {step} ({title}): «{found}» non è la lettera di una risposta. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="116"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>Passaggio {step} ({title}): non esiste la risposta {found}. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="117"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>Passaggio {step} ({title}): manca ancora la risposta. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/logic/walkcode.py" line="118"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Il passaggio {step} non esiste: le risposte precedenti portano già a un risultato. Togli {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="89"/>
        <source>The letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>Le lettere delle risposte, come le mostra la pagina del risultato (per esempio B-A-B). Lo stesso codice apre lo stesso risultato in ogni lingua.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="101"/>
        <source>Opens the result: {headline}</source>
        <translation>Apre il risultato: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="141"/>
        <source>Open a walk code</source>
        <translation>Apri codice del percorso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="143"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Codice del percorso: le lettere delle risposte, come le mostra la pagina del risultato (per esempio B-A-B). Lo stesso codice apre lo stesso risultato in ogni lingua.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/codedialog.py" line="151"/>
        <source>Walk code</source>
        <translation>Codice del percorso</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="232"/>
        <source>The email was not sent</source>
        <translation>L&apos;email non è stata inviata</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="239"/>
        <source>Close anyway</source>
        <translation>Chiudi comunque</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="59"/>
        <source>About…</source>
        <translation>Informazioni…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="37"/>
        <source>Who to ask: {who}.</source>
        <translation>A chi chiedere: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="40"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>A chi chiedere: l&apos;amministratore che gestisce il tuo account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="45"/>
        <source>Help desk: {url}</source>
        <translation>Help desk: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="46"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="72"/>
        <source>About Billing Contact Assistant</source>
        <translation>Informazioni su Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="73"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistente contatto di fatturazione {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="76"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Scopre chi è il contatto di fatturazione del tuo account {product}, seguendo l&apos;articolo di aiuto di GoTo. Apre i portali nel tuo browser e non chiede, non legge e non memorizza mai una password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="82"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libero con licenza MIT.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="88"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Non affiliato a GoTo o LogMeIn, né da loro approvato.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="92"/>
        <source>Find out who the billing contact of your {product} account is</source>
        <translation>Scopri chi è il contatto di fatturazione del tuo account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="233"/>
        <source>You started an email and did not send it. Close the assistant anyway? What you typed will be lost.</source>
        <translation>Hai iniziato un&apos;email e non l&apos;hai inviata. Chiudere comunque l&apos;assistente? Quello che hai scritto andrà perso.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="404"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="412"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="414"/>
        <location filename="../gui/billing_contact/ui/wizard.py" line="418"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="417"/>
        <source>Opens the menu of languages</source>
        <translation>Apre il menu delle lingue</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="422"/>
        <source>Open a walk code…</source>
        <translation>Apri codice del percorso…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/wizard.py" line="425"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Apri il risultato di un codice del percorso come B-A-B ({shortcut})</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="83"/>
        <source>It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence. “Licences…” shows their texts.</source>
        <translation>È realizzato con Qt e PySide6, con licenza GNU LGPL versione 3, e con Python, con licenza PSF. «Licenze…» ne mostra i testi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="94"/>
        <source>About Qt</source>
        <translation>Informazioni su Qt</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="98"/>
        <source>Licences…</source>
        <translation>Licenze…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="29"/>
        <source>“Show the map” draws every step, answer and result at once, with the answers&apos; letters and the walk codes, and your walk highlighted: where each answer leads, and where you are.</source>
        <translation>«Mostra la mappa» disegna tutti insieme i passaggi, le risposte e i risultati, con le lettere delle risposte e i codici del percorso, e il tuo percorso evidenziato: dove porta ogni risposta, e dove sei.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/ui/helpbox.py" line="53"/>
        <source>Show the map…</source>
        <translation>Mostra la mappa…</translation>
    </message>
</context>
</TS>
