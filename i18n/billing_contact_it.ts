<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="200"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Percorso iniziale sconosciuto {value}: usa uno tra {paths}. L&apos;assistente parte dalla sua prima pagina.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="48"/>
        <source>Could not open the address</source>
        <translation>Impossibile aprire l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="49"/>
        <source>No browser or mail program opened this address. Copy it and open it by hand:</source>
        <translation>Nessun browser o programma di posta ha aperto questo indirizzo. Copialo e aprilo a mano:</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="31"/>
        <source>Thank you.</source>
        <translation>Grazie.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="37"/>
        <source>Hello {name},</source>
        <translation>Ciao {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="38"/>
        <source>Hello,</source>
        <translation>Ciao,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="98"/>
        <source>Product or licensing changes to our {product} account</source>
        <translation>Modifiche ai prodotti o alle licenze del nostro account {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="103"/>
        <source>The Admin Center says that you are the billing admin of our {product} account. Could you please help me make a product or licensing change? Here is what I checked:</source>
        <translation>il Centro di amministrazione indica che sei l&apos;amministratore della fatturazione del nostro account {product}. Potresti aiutarmi ad apportare una modifica ai prodotti o alle licenze? Ecco che cosa ho verificato:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="187"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Chi è il contatto di fatturazione del nostro account {product}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="192"/>
        <source>I am trying to find out who the billing contact of our {product} account is. Could you please help me? Here is what I checked:</source>
        <translation>sto cercando di capire chi è il contatto di fatturazione del nostro account {product}. Potresti aiutarmi? Ecco che cosa ho verificato:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="197"/>
        <source>The details are in {path}.</source>
        <translation>I dettagli sono in {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="199"/>
        <source>The details could not be written to a log file.</source>
        <translation>Non è stato possibile scrivere i dettagli in un file di log.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="202"/>
        <source>Something went wrong</source>
        <translation>Qualcosa non ha funzionato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="203"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>L&apos;assistente ha incontrato un problema imprevisto. Le tue risposte sono conservate: puoi continuare.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="207"/>
        <source>IT may ask for them.</source>
        <translation>Il reparto IT potrebbe chiederteli.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="214"/>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article.py" line="16"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Vieni reindirizzato alla pagina Sottoscrizioni del tuo account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="17"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Non riesci ad accedere, oppure succede qualcos&apos;altro</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="18"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Si verificherà una delle seguenti situazioni: scegli quella che vedi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="19"/>
        <source>What happens?</source>
        <translation>Che cosa succede?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="20"/>
        <source>You are not the billing admin</source>
        <translation>Non sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="30"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Accedi al Portale di fatturazione Corporate con il tuo ID utente (ricevuto in una fattura inviata tramite email) e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="47"/>
        <source>Billing Center</source>
        <translation>Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="48"/>
        <source>Admin Center</source>
        <translation>Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="51"/>
        <source>Corporate Billing Portal</source>
        <translation>Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="56"/>
        <source>Open the Billing Center</source>
        <translation>Apri il Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="57"/>
        <source>Open the Admin Center</source>
        <translation>Apri il Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="60"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Apri il Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="63"/>
        <source>Write to the billing admin</source>
        <translation>Scrivi all&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="68"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Chi è il contatto di fatturazione per il mio account?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="70"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Il contatto di fatturazione (ovvero l&apos;amministratore della fatturazione) per il tuo account è un membro della tua organizzazione (non un rappresentante di LogMeIn) che dispone di privilegi speciali che gli consentono di modificare il piano di sottoscrizione dell&apos;account, modificare le informazioni di pagamento e fatturazione, nonché gestire le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="77"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Solo i contatti di fatturazione o gli amministratori dell&apos;account possono vedere chi è il contatto di fatturazione di un account. Se ritieni di essere il contatto di fatturazione ma non sei sicuro, puoi verificarlo in uno di questi due modi. Accedi al portale nel tuo browser: questo assistente non ti chiede mai la password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="86"/>
        <source>How do you want to check?</source>
        <translation>Come vuoi verificarlo?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="104"/>
        <source>Sign in to the Billing Center (anyone who thinks they are the billing contact)</source>
        <translation>Accedere al Centro fatturazione (chiunque ritenga di essere il contatto di fatturazione)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="111"/>
        <source>Sign in to the Admin Center (account admins)</source>
        <translation>Accedere al Centro di amministrazione (amministratori dell&apos;account)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="118"/>
        <source>Sign in to the Billing Center</source>
        <translation>Accedere al Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="146"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Viene visualizzato il messaggio «È possibile che questa non sia la pagina che desideravi.»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="156"/>
        <source>Look at your My Account page</source>
        <translation>Guarda la tua pagina Account personale</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="160"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Fai clic sul profilo dell&apos;account per essere reindirizzato alla pagina Account personale.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="162"/>
        <source>You are in one of the following situations.</source>
        <translation>Ti trovi in una delle seguenti situazioni.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="164"/>
        <source>What does your My Account page show?</source>
        <translation>Che cosa mostra la tua pagina Account personale?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="176"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Un account standard: la pagina non offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="181"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>L&apos;account è gestito nel Portale di fatturazione Corporate: la pagina offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="192"/>
        <source>Sign in to the Admin Center</source>
        <translation>Accedere al Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="194"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Se sei un amministratore dell&apos;account, puoi accedere al Centro di amministrazione per determinare se sei anche un amministratore della fatturazione per il tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="21"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Se non sei ancora in grado di individuare il contatto di fatturazione, contatta l&apos;amministratore che gestisce il tuo account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="25"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Se l&apos;accesso non riesce, usa il link per la password dimenticata nella pagina di accesso del portale: questo assistente non può vedere né reimpostare la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="39"/>
        <source>This page says what your answers mean and what to do next. The summary below lists your answers: copy it, save it or print it to send it to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Questa pagina dice che cosa significano le tue risposte e che cosa fare ora. Il riepilogo qui sotto elenca le tue risposte: copialo, salvalo o stampalo per inviarlo al reparto IT o all&apos;amministratore del tuo account. «Ricomincia» cancella tutte le risposte.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="88"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Quale strada? Il Centro fatturazione va bene per chiunque possa essere il contatto di fatturazione. Il Centro di amministrazione è per gli amministratori dell&apos;account; se non sei l&apos;amministratore della fatturazione, indica anche chi lo è.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="94"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Stai aiutando qualcuno al telefono? Chiedigli a quale dei due portali riesce ad accedere. L&apos;accesso avviene nella pagina del portale, nel suo browser: non chiedergli mai la password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="122"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Accedi al Centro fatturazione all&apos;indirizzo {billing_center} con l&apos;indirizzo email e la password che usi per {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="133"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>La pagina di accesso del Centro fatturazione chiede l&apos;indirizzo email e la password che usi per {product}. Dopo l&apos;accesso arrivi alla pagina Sottoscrizioni del tuo account, che elenca i tuoi piani, oppure vedi un messaggio che dice che questa potrebbe non essere la pagina che desideravi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="166"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>Il profilo dell&apos;account è il tuo nome o la tua immagine in alto nel portale. Nella pagina Account personale, la voce «Vai alla fatturazione» indica che l&apos;account è fatturato tramite il Portale di fatturazione Corporate; senza di essa, l&apos;account è standard.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="202"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Accedi al Centro di amministrazione con l&apos;indirizzo email e la password di {product} all&apos;indirizzo {admin_center}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="207"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Nella barra di navigazione a sinistra, seleziona «Aggiungi licenze».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="213"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Accedi con lo stesso indirizzo email e la stessa password di {product}. «Aggiungi licenze» si trova nella barra di navigazione a sinistra. Se non riesci ad accedere al Centro di amministrazione, forse non sei un amministratore dell&apos;account: prova invece il Centro fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="225"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Viene visualizzato un messaggio che ti invita a contattare l&apos;amministratore della fatturazione (ne indica nome e indirizzo email) per apportare modifiche ai prodotti o alle licenze dell&apos;account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="234"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Viene visualizzato un messaggio che ti invita a selezionare un prodotto per accedere al Centro fatturazione e aggiungere licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="245"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Accedere al Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="247"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Potresti essere o non essere amministratore della fatturazione ma il tuo account è gestito nel Portale di fatturazione Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="255"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Nella pagina Account personale fai clic su «Vai alla fatturazione» o vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="261"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Fai clic sul logo di un prodotto esistente nel tuo account oppure vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="268"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Riesci ad accedere al Portale di fatturazione Corporate?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="270"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>Il Portale di fatturazione Corporate ti fa accedere con un ID utente, non con il tuo indirizzo email: lo trovi nelle fatture inviate tramite email. Se hai perso la password, usa il link apposito nella pagina di accesso del portale.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="281"/>
        <source>Yes, I signed in</source>
        <translation>Sì, ho effettuato l&apos;accesso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="286"/>
        <source>No, I cannot sign in</source>
        <translation>No, non riesco ad accedere</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="296"/>
        <source>You are the billing admin</source>
        <translation>Sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="298"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Sei stato reindirizzato alla pagina Sottoscrizioni del tuo account: sei il contatto di fatturazione del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="304"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Nel Centro fatturazione puoi modificare il piano di sottoscrizione, le informazioni di pagamento e fatturazione e le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="314"/>
        <source>You are a billing admin</source>
        <translation>Sei un amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="316"/>
        <source>You can sign in to the Corporate Billing Portal, so you are a billing admin. Your account&apos;s billing is managed there, not in the Billing Center.</source>
        <translation>Riesci ad accedere al Portale di fatturazione Corporate, quindi sei un amministratore della fatturazione. La fatturazione del tuo account è gestita lì, non nel Centro fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="322"/>
        <source>Manage the subscription, payment and billing information in the Corporate Billing Portal, signing in with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Gestisci la sottoscrizione e le informazioni di pagamento e fatturazione nel Portale di fatturazione Corporate, accedendo con il tuo ID utente (ricevuto in una fattura inviata tramite email) e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="334"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Hai un account standard e non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="335"/>
        <source>For more information, contact your account admin.</source>
        <translation>Per ulteriori informazioni, contatta l&apos;amministratore del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="344"/>
        <source>The Admin Center message names your billing admin: it shows their name and email address, on the page that opened when you selected “Add Licenses”.</source>
        <translation>Il messaggio del Centro di amministrazione indica il tuo amministratore della fatturazione: ne mostra il nome e l&apos;indirizzo email, nella pagina che si è aperta quando hai selezionato «Aggiungi licenze».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="350"/>
        <source>To request product or licensing changes, click “Email the billing admin” in that message: it opens a new email to them in your mail program. Or copy their name and email address here and write to them from this assistant.</source>
        <translation>Per richiedere di apportare modifiche ai prodotti o alle licenze, fai clic su «Email all&apos;amministratore della fatturazione» in quel messaggio: si apre una nuova email indirizzata a lui nel tuo programma di posta. Oppure copia qui il suo nome e indirizzo email e scrivigli da questo assistente.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="364"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Non riesci ad accedere al Portale di fatturazione Corporate, quindi non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="376"/>
        <source>You have not found the billing contact yet</source>
        <translation>Non hai ancora individuato il contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="378"/>
        <source>What you saw is not one of the situations the article describes, so it does not tell whether you are the billing admin.</source>
        <translation>Quello che hai visto non è una delle situazioni descritte dall&apos;articolo, quindi non indica se sei l&apos;amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="384"/>
        <source>Contact the admin who manages your {product} account. You can also try the other way: the Billing Center or the Admin Center.</source>
        <translation>Contatta l&apos;amministratore che gestisce il tuo account {product}. Puoi anche provare l&apos;altra strada: il Centro fatturazione o il Centro di amministrazione.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/i18n.py" line="66"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Lingua sconosciuta {code}: le lingue disponibili sono {languages}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="200"/>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="203"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>Copia {address}, per incollarlo in una chat o in un&apos;email</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="284"/>
        <source>Text (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="285"/>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="286"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="290"/>
        <source>Save the summary</source>
        <translation>Salva il riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="291"/>
        <source>billing-contact-summary</source>
        <translation>riepilogo-contatto-fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="312"/>
        <source>The summary was not saved</source>
        <translation>Il riepilogo non è stato salvato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="313"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Non è stato possibile scriverlo in {path}. Lì non è rimasto nulla; salvalo altrove.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="343"/>
        <location filename="../gui/billing_contact/verdict.py" line="353"/>
        <source>Summary of your answers</source>
        <translation>Riepilogo delle tue risposte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="355"/>
        <source>Copy summary</source>
        <translation>Copia riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="356"/>
        <source>Save summary…</source>
        <translation>Salva riepilogo…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="357"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="358"/>
        <source>Start over</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="208"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>Il contatto della tua organizzazione per questo account: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="216"/>
        <source>Write to {name}</source>
        <translation>Scrivi a {name}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="219"/>
        <source>Open the help desk</source>
        <translation>Apri l&apos;help desk</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="183"/>
        <source>Step {number}</source>
        <translation>Passaggio {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="250"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Chi è il contatto di fatturazione? Riepilogo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="251"/>
        <source>Questions and answers</source>
        <translation>Domande e risposte</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="252"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="253"/>
        <source>What to do next</source>
        <translation>Cosa fare ora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="254"/>
        <source>Portal addresses</source>
        <translation>Indirizzi dei portali</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="255"/>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="256"/>
        <source>Billing Contact Assistant version</source>
        <translation>Versione di Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="257"/>
        <source>Walk code</source>
        <translation>Codice del percorso</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="281"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="332"/>
        <source>Walk code: {code}</source>
        <translation>Codice del percorso: {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="338"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="339"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="340"/>
        <source>Not determined</source>
        <translation>Non determinato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="345"/>
        <source>What to do next:</source>
        <translation>Cosa fare ora:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="128"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nome dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="129"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>Indirizzo &amp;email dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="130"/>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="131"/>
        <source>The email reads:</source>
        <translation>Testo dell&apos;email:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="139"/>
        <source>Enter one email address, such as name@example.com, with no spaces, commas, question marks or ampersands.</source>
        <translation>Inserisci un solo indirizzo email, come nome@esempio.it, senza spazi, virgole, punti interrogativi o e commerciali.</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="91"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Passaggio {step} ({title}): «{found}» non è la lettera di una risposta. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="94"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>Passaggio {step} ({title}): non esiste la risposta {found}. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="95"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>Passaggio {step} ({title}): manca ancora la risposta. Le risposte possibili sono {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="96"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Il passaggio {step} non esiste: le risposte precedenti portano già a un risultato. Togli {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="85"/>
        <source>Opens the result: {headline}</source>
        <translation>Apre il risultato: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="110"/>
        <source>Open a walk code</source>
        <translation>Apri un codice del percorso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="112"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Codice del percorso: le lettere delle risposte, come le mostra la pagina del risultato (per esempio B-A-B). Lo stesso codice apre lo stesso risultato in ogni lingua.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="189"/>
        <source>About…</source>
        <translation>Informazioni…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="198"/>
        <source>Who to ask: {who}.</source>
        <translation>A chi chiedere: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="201"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>A chi chiedere: l&apos;amministratore che gestisce il tuo account {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="206"/>
        <source>Help desk: {url}</source>
        <translation>Help desk: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="207"/>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="217"/>
        <source>About Billing Contact Assistant</source>
        <translation>Informazioni su Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="218"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistente contatto di fatturazione {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="221"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Scopre chi è il contatto di fatturazione del tuo account {product}, seguendo l&apos;articolo di aiuto di GoTo. Apre i portali nel tuo browser e non chiede, non legge e non memorizza mai una password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="227"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libero con licenza MIT.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="228"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Non affiliato a GoTo o LogMeIn, né da loro approvato.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="310"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="317"/>
        <location filename="../gui/billing_contact/wizard.py" line="319"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="324"/>
        <source>Open a walk code…</source>
        <translation>Apri codice percorso…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="327"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Apri il risultato di un codice del percorso come B-A-B ({shortcut})</translation>
    </message>
</context>
</TS>
