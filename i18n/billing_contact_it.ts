<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="45"/>
        <source>Could not open the address</source>
        <translation>Impossibile aprire l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="46"/>
        <source>No browser or mail program opened this address. Copy it and open it by hand:</source>
        <translation>Nessun browser o programma di posta ha aperto questo indirizzo. Copialo e aprilo a mano:</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="382"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Vieni reindirizzato alla pagina Sottoscrizioni del tuo account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="383"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Non riesci ad accedere, oppure succede qualcos&apos;altro</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="384"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Si verificherà una delle seguenti situazioni: scegli quella che vedi.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="385"/>
        <source>What happens?</source>
        <translation>Che cosa succede?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="386"/>
        <source>You are not the billing admin</source>
        <translation>Non sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="387"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your GoToAssist Remote Support v5 account.</source>
        <translation>Se non sei ancora in grado di individuare il contatto di fatturazione, contatta l&apos;amministratore che gestisce il tuo account GoToAssist Remote Support v5.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="392"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Accedi al Portale di fatturazione Corporate con il tuo ID utente (ricevuto in una fattura inviata tramite email) e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="401"/>
        <source>Billing Center</source>
        <translation>Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="402"/>
        <source>Admin Center</source>
        <translation>Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="405"/>
        <source>Corporate Billing Portal</source>
        <translation>Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="410"/>
        <source>Open the Billing Center</source>
        <translation>Apri il Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="411"/>
        <source>Open the Admin Center</source>
        <translation>Apri il Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="414"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Apri il Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="417"/>
        <source>Write to the billing admin</source>
        <translation>Scrivi all&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="422"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Chi è il contatto di fatturazione per il mio account?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="424"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>Il contatto di fatturazione (ovvero l&apos;amministratore della fatturazione) per il tuo account è un membro della tua organizzazione (non un rappresentante di LogMeIn) che dispone di privilegi speciali che gli consentono di modificare il piano di sottoscrizione dell&apos;account, modificare le informazioni di pagamento e fatturazione, nonché gestire le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="431"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Solo i contatti di fatturazione o gli amministratori dell&apos;account possono vedere chi è il contatto di fatturazione di un account. Se ritieni di essere il contatto di fatturazione ma non sei sicuro, puoi verificarlo in uno di questi due modi. Accedi al portale nel tuo browser: questo assistente non ti chiede mai la password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="440"/>
        <source>How do you want to check?</source>
        <translation>Come vuoi verificarlo?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="444"/>
        <source>Sign in to the Billing Center (anyone who thinks they are the billing contact)</source>
        <translation>Accedere al Centro fatturazione (chiunque ritenga di essere il contatto di fatturazione)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="451"/>
        <source>Sign in to the Admin Center (account admins)</source>
        <translation>Accedere al Centro di amministrazione (amministratori dell&apos;account)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="458"/>
        <source>Sign in to the Billing Center</source>
        <translation>Accedere al Centro fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="462"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for GoToAssist Remote Support v5.</source>
        <translation>Accedi al Centro fatturazione all&apos;indirizzo {billing_center} con l&apos;indirizzo email e la password che usi per GoToAssist Remote Support v5.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="476"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Viene visualizzato il messaggio «È possibile che questa non sia la pagina che desideravi.»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="486"/>
        <source>Look at your My Account page</source>
        <translation>Guarda la tua pagina Account personale</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="490"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Fai clic sul profilo dell&apos;account per essere reindirizzato alla pagina Account personale.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="492"/>
        <source>You are in one of the following situations.</source>
        <translation>Ti trovi in una delle seguenti situazioni.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="494"/>
        <source>What does your My Account page show?</source>
        <translation>Che cosa mostra la tua pagina Account personale?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="498"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Un account standard: la pagina non offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="503"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>L&apos;account è gestito nel Portale di fatturazione Corporate: la pagina offre «Vai alla fatturazione»</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="514"/>
        <source>Sign in to the Admin Center</source>
        <translation>Accedere al Centro di amministrazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="516"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Se sei un amministratore dell&apos;account, puoi accedere al Centro di amministrazione per determinare se sei anche un amministratore della fatturazione per il tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="524"/>
        <source>Sign in to the Admin Center with your GoToAssist Remote Support v5 email address and password at {admin_center}.</source>
        <translation>Accedi al Centro di amministrazione con l&apos;indirizzo email e la password di GoToAssist Remote Support v5 all&apos;indirizzo {admin_center}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="530"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Nella barra di navigazione a sinistra, seleziona «Aggiungi licenze».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="539"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Viene visualizzato un messaggio che ti invita a contattare l&apos;amministratore della fatturazione (ne indica nome e indirizzo email) per apportare modifiche ai prodotti o alle licenze dell&apos;account</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="548"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Viene visualizzato un messaggio che ti invita a selezionare un prodotto per accedere al Centro fatturazione e aggiungere licenze</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="559"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Accedere al Portale di fatturazione Corporate</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="561"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Potresti essere o non essere amministratore della fatturazione ma il tuo account è gestito nel Portale di fatturazione Corporate.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="569"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Nella pagina Account personale fai clic su «Vai alla fatturazione» o vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="575"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Fai clic sul logo di un prodotto esistente nel tuo account oppure vai all&apos;indirizzo {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="582"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Riesci ad accedere al Portale di fatturazione Corporate?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="587"/>
        <source>Yes, I signed in</source>
        <translation>Sì, ho effettuato l&apos;accesso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="592"/>
        <source>No, I cannot sign in</source>
        <translation>No, non riesco ad accedere</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="602"/>
        <source>You are the billing admin</source>
        <translation>Sei l&apos;amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="604"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Sei stato reindirizzato alla pagina Sottoscrizioni del tuo account: sei il contatto di fatturazione del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="610"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Nel Centro fatturazione puoi modificare il piano di sottoscrizione, le informazioni di pagamento e fatturazione e le altre impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="620"/>
        <source>You are a billing admin</source>
        <translation>Sei un amministratore della fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="622"/>
        <source>You can sign in to the Corporate Billing Portal, so you are a billing admin. Your account&apos;s billing is managed there, not in the Billing Center.</source>
        <translation>Riesci ad accedere al Portale di fatturazione Corporate, quindi sei un amministratore della fatturazione. La fatturazione del tuo account è gestita lì, non nel Centro fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="628"/>
        <source>Manage the subscription, payment and billing information in the Corporate Billing Portal, signing in with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Gestisci la sottoscrizione e le informazioni di pagamento e fatturazione nel Portale di fatturazione Corporate, accedendo con il tuo ID utente (ricevuto in una fattura inviata tramite email) e la tua password.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="640"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Hai un account standard e non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="641"/>
        <source>For more information, contact your account admin.</source>
        <translation>Per ulteriori informazioni, contatta l&apos;amministratore del tuo account.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="649"/>
        <source>The Admin Center message names your billing admin: it shows their name and email address, on the page that opened when you selected “Add Licenses”.</source>
        <translation>Il messaggio del Centro di amministrazione indica il tuo amministratore della fatturazione: ne mostra il nome e l&apos;indirizzo email, nella pagina che si è aperta quando hai selezionato «Aggiungi licenze».</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="655"/>
        <source>To request product or licensing changes, click “Email the billing admin” in that message: it opens a new email to them in your mail program. Or copy their name and email address here and write to them from this assistant.</source>
        <translation>Per richiedere di apportare modifiche ai prodotti o alle licenze, fai clic su «Email all&apos;amministratore della fatturazione» in quel messaggio: si apre una nuova email indirizzata a lui nel tuo programma di posta. Oppure copia qui il suo nome e indirizzo email e scrivigli da questo assistente.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="669"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Non riesci ad accedere al Portale di fatturazione Corporate, quindi non sei amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="680"/>
        <source>You have not found the billing contact yet</source>
        <translation>Non hai ancora individuato il contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="682"/>
        <source>What you saw is not one of the situations the article describes, so it does not tell whether you are the billing admin.</source>
        <translation>Quello che hai visto non è una delle situazioni descritte dall&apos;articolo, quindi non indica se sei l&apos;amministratore della fatturazione.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/flow.py" line="688"/>
        <source>Contact the admin who manages your GoToAssist Remote Support v5 account. You can also try the other way: the Billing Center or the Admin Center.</source>
        <translation>Contatta l&apos;amministratore che gestisce il tuo account GoToAssist Remote Support v5. Puoi anche provare l&apos;altra strada: il Centro fatturazione o il Centro di amministrazione.</translation>
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
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="338"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="407"/>
        <source>What to do next:</source>
        <translation>Cosa fare ora:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="462"/>
        <source>Hello {name},</source>
        <translation>Ciao {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="464"/>
        <source>Hello,</source>
        <translation>Ciao,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="465"/>
        <source>Product or licensing changes to our GoToAssist Remote Support v5 account</source>
        <translation>Modifiche ai prodotti o alle licenze del nostro account GoToAssist Remote Support v5</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="471"/>
        <source>The Admin Center says that you are the billing admin of our GoToAssist Remote Support v5 account. Could you please help me make a product or licensing change?</source>
        <translation>Il Centro di amministrazione indica che sei l&apos;amministratore della fatturazione del nostro account GoToAssist Remote Support v5. Potresti aiutarmi ad apportare una modifica ai prodotti o alle licenze?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="476"/>
        <source>Thank you.</source>
        <translation>Grazie.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="482"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nome dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="483"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>Indirizzo &amp;email dell&apos;amministratore della fatturazione:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="484"/>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="486"/>
        <source>Enter one email address, such as name@example.com, with no spaces.</source>
        <translation>Inserisci un solo indirizzo email, come nome@esempio.it, senza spazi.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="133"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistente contatto di fatturazione</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="140"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
</TS>
