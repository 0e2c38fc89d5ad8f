<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>App</name>
    <message>
        <location filename="../gui/billing_contact/app.py" line="200"/>
        <source>Unknown start {value}: use one of {paths}. The assistant starts on its first page.</source>
        <translation>Ponto de partida desconhecido {value}: use um destes: {paths}. O assistente começa na primeira página.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="48"/>
        <source>Could not open the address</source>
        <translation>Não foi possível abrir o endereço</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/desktop.py" line="49"/>
        <source>No browser or mail program opened this address. Copy it and open it by hand:</source>
        <translation>Nenhum navegador ou programa de e-mail abriu este endereço. Copie-o e abra-o manualmente:</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="31"/>
        <source>Thank you.</source>
        <translation>Agradeço desde já.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="37"/>
        <source>Hello {name},</source>
        <translation>Olá, {name},</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="38"/>
        <source>Hello,</source>
        <translation>Olá,</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="98"/>
        <source>Product or licensing changes to our {product} account</source>
        <translation>Alterações de produtos ou licenças na nossa conta do {product}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="103"/>
        <source>The Admin Center says that you are the billing admin of our {product} account. Could you please help me make a product or licensing change? Here is what I checked:</source>
        <translation>O Centro de administração indica que você é o administrador de cobrança da nossa conta do {product}. Você poderia me ajudar a fazer uma alteração de produtos ou licenças? Veja o que eu verifiquei:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="187"/>
        <source>Who is the billing contact of our {product} account?</source>
        <translation>Quem é o contato de cobrança da nossa conta do {product}?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="192"/>
        <source>I am trying to find out who the billing contact of our {product} account is. Could you please help me? Here is what I checked:</source>
        <translation>Estou tentando descobrir quem é o contato de cobrança da nossa conta do {product}. Você poderia me ajudar? Veja o que eu verifiquei:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="197"/>
        <source>The details are in {path}.</source>
        <translation>Os detalhes estão em {path}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="199"/>
        <source>The details could not be written to a log file.</source>
        <translation>Não foi possível gravar os detalhes em um arquivo de log.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="202"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="203"/>
        <source>The assistant ran into an unexpected problem. Your answers are kept: you can go on.</source>
        <translation>O assistente encontrou um problema inesperado. Suas respostas foram mantidas: você pode continuar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="207"/>
        <source>IT may ask for them.</source>
        <translation>A equipe de TI pode pedi-los.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/errors.py" line="214"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../gui/billing_contact/article.py" line="16"/>
        <source>You are redirected to your account&apos;s Subscriptions page</source>
        <translation>Você é redirecionado para a página Assinaturas (Subscriptions) da sua conta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="17"/>
        <source>You cannot sign in, or something else happens</source>
        <translation>Você não consegue fazer login, ou acontece outra coisa</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="18"/>
        <source>One of the following happens: choose the one you see.</source>
        <translation>Acontecerá uma das situações a seguir: escolha a que você vê.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="19"/>
        <source>What happens?</source>
        <translation>O que acontece?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="20"/>
        <source>You are not the billing admin</source>
        <translation>Você não é o administrador de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="21"/>
        <source>If you still cannot find the billing contact, contact the admin who manages your {product} account.</source>
        <translation>Se ainda não conseguir encontrar o contato de cobrança, entre em contato com o administrador que gerencia sua conta do {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="25"/>
        <source>If the sign-in fails, use the portal&apos;s own “Forgot password?” link on its sign-in page: this assistant cannot see or reset your password.</source>
        <translation>Se o login falhar, use o link “Esqueceu a senha?” (Forgot password?) da própria página de login do portal: este assistente não pode ver nem redefinir sua senha.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="30"/>
        <source>Sign in to the Corporate Billing Portal with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Faça login no Portal de cobrança corporativa (Corporate Billing Portal) com seu ID de usuário (recebido em uma fatura enviada por e-mail) e sua senha.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="39"/>
        <source>This page says what your answers mean and what to do next. The summary below lists your answers: copy it, save it or print it to send it to IT or to your account admin. “Start over” clears every answer.</source>
        <translation>Esta página explica o que suas respostas significam e o que fazer em seguida. O resumo abaixo lista suas respostas: copie, salve ou imprima o resumo para enviá-lo à equipe de TI ou ao administrador da sua conta. “Recomeçar” apaga todas as respostas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="47"/>
        <source>Billing Center</source>
        <translation>Central de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="48"/>
        <source>Admin Center</source>
        <translation>Centro de administração</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="51"/>
        <source>Corporate Billing Portal</source>
        <translation>Portal de cobrança corporativa</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="56"/>
        <source>Open the Billing Center</source>
        <translation>Abrir a Central de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="57"/>
        <source>Open the Admin Center</source>
        <translation>Abrir o Centro de administração</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="60"/>
        <source>Open the Corporate Billing Portal</source>
        <translation>Abrir o Portal de cobrança corporativa</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="63"/>
        <source>Write to the billing admin</source>
        <translation>Escrever para o administrador de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="68"/>
        <source>Who is the billing contact for my account?</source>
        <translation>Quem é o contato de cobrança da minha conta?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="70"/>
        <source>The billing contact (that is, the billing admin) for your account is a member of your organization (not a LogMeIn representative) with special privileges: they can change the account&apos;s subscription plan, change the payment and billing information, and manage the other account settings.</source>
        <translation>O contato de cobrança (ou seja, o administrador de cobrança) da sua conta é um membro da sua organização (não um representante da LogMeIn) com privilégios especiais: ele pode alterar o plano de assinatura da conta, alterar as informações de pagamento e cobrança e gerenciar as demais configurações da conta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="77"/>
        <source>Only billing contacts or account admins can see who the billing contact of an account is. If you think you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on the portal, in your own browser: this assistant never asks for your password.</source>
        <translation>Somente os contatos de cobrança ou os administradores da conta podem ver quem é o contato de cobrança de uma conta. Se você acha que é o contato de cobrança, mas não tem certeza, pode verificar de uma destas duas formas. Você faz login no portal, no seu próprio navegador: este assistente nunca pede a sua senha.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="86"/>
        <source>How do you want to check?</source>
        <translation>Como você quer verificar?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="88"/>
        <source>Which way? The Billing Center works for anyone who may be the billing contact. The Admin Center is for account admins; when you are not the billing admin, it also shows who is.</source>
        <translation>Qual caminho escolher? A Central de cobrança serve para qualquer pessoa que possa ser o contato de cobrança. O Centro de administração é para os administradores da conta; quando você não é o administrador de cobrança, ele também mostra quem é.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="94"/>
        <source>Helping someone on the phone? Ask them which of the two portals they can sign in to. They sign in on the portal&apos;s own page, in their browser: never ask them for their password.</source>
        <translation>Está ajudando alguém por telefone? Pergunte em qual dos dois portais a pessoa consegue fazer login. Ela faz login na própria página do portal, no navegador dela: nunca peça a senha dela.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="104"/>
        <source>Sign in to the Billing Center (anyone who thinks they are the billing contact)</source>
        <translation>Fazer login na Central de cobrança (quem acredita ser o contato de cobrança)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="111"/>
        <source>Sign in to the Admin Center (account admins)</source>
        <translation>Fazer login no Centro de administração (administradores da conta)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="118"/>
        <source>Sign in to the Billing Center</source>
        <translation>Fazer login na Central de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="122"/>
        <source>Sign in to the Billing Center at {billing_center} with the email address and password you use for {product}.</source>
        <translation>Faça login na Central de cobrança (Billing Center) em {billing_center} com o endereço de e-mail e a senha que você usa no {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="133"/>
        <source>The Billing Center&apos;s sign-in page asks for the email address and password you use for {product}. After signing in you either land on your account&apos;s Subscriptions page, which lists your plans, or see a message saying that this may not be the page you wanted.</source>
        <translation>A página de login da Central de cobrança pede o endereço de e-mail e a senha que você usa no {product}. Depois de fazer login, você chega à página Assinaturas (Subscriptions) da sua conta, que lista seus planos, ou vê a mensagem “You seem to have landed in the wrong place” (parece que você chegou ao lugar errado), indicando que talvez essa não seja a página que você queria.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="146"/>
        <source>The message “You seem to have landed in the wrong place” appears</source>
        <translation>Aparece a mensagem “You seem to have landed in the wrong place” (parece que você chegou ao lugar errado)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="156"/>
        <source>Look at your My Account page</source>
        <translation>Veja sua página Minha conta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="160"/>
        <source>Click the account profile: you are redirected to the My Account page.</source>
        <translation>Clique no perfil da conta: você é redirecionado para a página Minha conta (My Account).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="162"/>
        <source>You are in one of the following situations.</source>
        <translation>Você está em uma das situações a seguir.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="164"/>
        <source>What does your My Account page show?</source>
        <translation>O que a sua página Minha conta mostra?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="166"/>
        <source>The account profile is your name or picture at the top of the portal. On the My Account page, a “Go to Billing” link means that the account is billed through the Corporate Billing Portal; without it, the account is a standard one.</source>
        <translation>O perfil da conta é o seu nome ou a sua foto no topo do portal. Na página Minha conta (My Account), um link “Ir para cobrança” (Go to Billing) significa que a cobrança da conta é feita pelo Portal de cobrança corporativa; sem ele, a conta é padrão.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="176"/>
        <source>A standard account: the page offers no “Go to Billing”</source>
        <translation>Uma conta padrão: a página não oferece “Ir para cobrança” (Go to Billing)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="181"/>
        <source>The account is managed in the Corporate Billing Portal: the page offers “Go to Billing”</source>
        <translation>A conta é gerenciada no Portal de cobrança corporativa: a página oferece “Ir para cobrança” (Go to Billing)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="192"/>
        <source>Sign in to the Admin Center</source>
        <translation>Fazer login no Centro de administração</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="194"/>
        <source>If you are an account admin, you can sign in to the Admin Center to find out whether you are also a billing admin for your account.</source>
        <translation>Se você é administrador da conta, pode fazer login no Centro de administração para descobrir se também é administrador de cobrança da sua conta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="202"/>
        <source>Sign in to the Admin Center with your {product} email address and password at {admin_center}.</source>
        <translation>Faça login no Centro de administração (Admin Center) em {admin_center} com o endereço de e-mail e a senha do {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="207"/>
        <source>In the left navigation bar, select “Add Licenses”.</source>
        <translation>Na barra de navegação à esquerda, selecione “Adicionar licenças” (Add Licenses).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="213"/>
        <source>Sign in with the same email address and password as for {product}. “Add Licenses” is in the navigation bar on the left. If you cannot sign in to the Admin Center, you may not be an account admin: try the Billing Center instead.</source>
        <translation>Faça login com o mesmo endereço de e-mail e a mesma senha do {product}. “Adicionar licenças” (Add Licenses) fica na barra de navegação à esquerda. Se você não conseguir fazer login no Centro de administração, talvez não seja administrador da conta: tente a Central de cobrança.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="225"/>
        <source>A message asks you to contact your billing admin (it shows their name and email address) to make product or licensing changes to your account</source>
        <translation>Uma mensagem pede que você entre em contato com o administrador de cobrança (ela mostra o nome e o endereço de e-mail dele) para fazer alterações de produtos ou licenças na sua conta</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="234"/>
        <source>A message asks you to select a product to reach the Billing Center and add licenses</source>
        <translation>Uma mensagem pede que você selecione um produto para acessar a Central de cobrança e adicionar licenças</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="245"/>
        <source>Sign in to the Corporate Billing Portal</source>
        <translation>Fazer login no Portal de cobrança corporativa</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="247"/>
        <source>You may or may not be a billing admin, but your account is managed in the Corporate Billing Portal.</source>
        <translation>Você pode ser ou não administrador de cobrança, mas sua conta é gerenciada no Portal de cobrança corporativa.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="255"/>
        <source>On the My Account page, click “Go to Billing”, or go to {corporate_portal}.</source>
        <translation>Na página Minha conta (My Account), clique em “Ir para cobrança” (Go to Billing) ou acesse {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="261"/>
        <source>Click the logo of a product in your account, or go to {corporate_portal}.</source>
        <translation>Clique no logotipo de um produto da sua conta ou acesse {corporate_portal}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="268"/>
        <source>Can you sign in to the Corporate Billing Portal?</source>
        <translation>Você consegue fazer login no Portal de cobrança corporativa?</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="270"/>
        <source>The Corporate Billing Portal signs you in with a user ID, not your email address: you find it on the invoices sent to you by email. If you have lost the password, use the link for it on the portal&apos;s sign-in page.</source>
        <translation>No Portal de cobrança corporativa, o login é feito com um ID de usuário, não com o seu endereço de e-mail: você o encontra nas faturas enviadas a você por e-mail. Se você perdeu a senha, use o link correspondente na página de login do portal.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="281"/>
        <source>Yes, I signed in</source>
        <translation>Sim, fiz login</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="286"/>
        <source>No, I cannot sign in</source>
        <translation>Não, não consigo fazer login</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="296"/>
        <source>You are the billing admin</source>
        <translation>Você é o administrador de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="298"/>
        <source>You were redirected to your account&apos;s Subscriptions page: you are the billing contact for your account.</source>
        <translation>Você foi redirecionado para a página Assinaturas da sua conta: você é o contato de cobrança da sua conta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="304"/>
        <source>In the Billing Center you can change the subscription plan, the payment and billing information, and the other account settings.</source>
        <translation>Na Central de cobrança, você pode alterar o plano de assinatura, as informações de pagamento e cobrança e as demais configurações da conta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="314"/>
        <source>You are a billing admin</source>
        <translation>Você é um administrador de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="316"/>
        <source>You can sign in to the Corporate Billing Portal, so you are a billing admin. Your account&apos;s billing is managed there, not in the Billing Center.</source>
        <translation>Você consegue fazer login no Portal de cobrança corporativa, portanto é um administrador de cobrança. A cobrança da sua conta é gerenciada lá, não na Central de cobrança.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="322"/>
        <source>Manage the subscription, payment and billing information in the Corporate Billing Portal, signing in with your user ID (received in an invoice sent by email) and your password.</source>
        <translation>Gerencie a assinatura e as informações de pagamento e cobrança no Portal de cobrança corporativa, fazendo login com seu ID de usuário (recebido em uma fatura enviada por e-mail) e sua senha.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="334"/>
        <source>You have a standard account and you are not the billing admin.</source>
        <translation>Você tem uma conta padrão e não é o administrador de cobrança.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="335"/>
        <source>For more information, contact your account admin.</source>
        <translation>Para mais informações, entre em contato com o administrador da sua conta.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="344"/>
        <source>The Admin Center message names your billing admin: it shows their name and email address, on the page that opened when you selected “Add Licenses”.</source>
        <translation>A mensagem do Centro de administração indica o seu administrador de cobrança: ela mostra o nome e o endereço de e-mail dele na página que se abriu quando você selecionou “Adicionar licenças” (Add Licenses).</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="350"/>
        <source>To request product or licensing changes, click “Email the billing admin” in that message: it opens a new email to them in your mail program. Or copy their name and email address here and write to them from this assistant.</source>
        <translation>Para solicitar alterações de produtos ou licenças, clique em “Enviar e-mail ao administrador de cobrança” (Email the billing admin) nessa mensagem: um novo e-mail para ele será aberto no seu programa de e-mail. Ou copie aqui o nome e o endereço de e-mail dele e escreva para ele a partir deste assistente.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="364"/>
        <source>You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.</source>
        <translation>Você não consegue fazer login no Portal de cobrança corporativa, portanto não é o administrador de cobrança.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="376"/>
        <source>You have not found the billing contact yet</source>
        <translation>Você ainda não encontrou o contato de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="378"/>
        <source>What you saw is not one of the situations the article describes, so it does not tell whether you are the billing admin.</source>
        <translation>O que você viu não é uma das situações descritas no artigo, portanto não indica se você é o administrador de cobrança.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/article.py" line="384"/>
        <source>Contact the admin who manages your {product} account. You can also try the other way: the Billing Center or the Admin Center.</source>
        <translation>Entre em contato com o administrador que gerencia sua conta do {product}. Você também pode tentar o outro caminho: a Central de cobrança ou o Centro de administração.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../gui/billing_contact/i18n.py" line="66"/>
        <source>Unknown language {code}: the available languages are {languages}.</source>
        <translation>Idioma desconhecido {code}: os idiomas disponíveis são {languages}.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="200"/>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/widgets.py" line="203"/>
        <source>Copy {address}, to paste it in a chat or an email</source>
        <translation>Copiar {address} para colar em um chat ou em um e-mail</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="284"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="285"/>
        <source>Web page (*.html)</source>
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="286"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="290"/>
        <source>Save the summary</source>
        <translation>Salvar o resumo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="291"/>
        <source>billing-contact-summary</source>
        <translation>resumo-contato-cobranca</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="312"/>
        <source>The summary was not saved</source>
        <translation>O resumo não foi salvo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="313"/>
        <source>It could not be written to {path}. Nothing was left there; save it elsewhere.</source>
        <translation>Não foi possível gravá-lo em {path}. Nada ficou lá; salve-o em outro lugar.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="343"/>
        <location filename="../gui/billing_contact/verdict.py" line="353"/>
        <source>Summary of your answers</source>
        <translation>Resumo das suas respostas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="355"/>
        <source>Copy summary</source>
        <translation>Copiar resumo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="356"/>
        <source>Save summary…</source>
        <translation>Salvar resumo…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="357"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="358"/>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="208"/>
        <source>Your organization&apos;s contact for this account: {who}</source>
        <translation>O contato da sua organização para esta conta: {who}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="216"/>
        <source>Write to {name}</source>
        <translation>Escrever para {name}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="219"/>
        <source>Open the help desk</source>
        <translation>Abrir o suporte técnico</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="183"/>
        <source>Step {number}</source>
        <translation>Passo {number}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="250"/>
        <source>Who is the billing contact? Summary</source>
        <translation>Quem é o contato de cobrança? Resumo</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="251"/>
        <source>Questions and answers</source>
        <translation>Perguntas e respostas</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="252"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="253"/>
        <source>What to do next</source>
        <translation>O que fazer em seguida</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="254"/>
        <source>Portal addresses</source>
        <translation>Endereços dos portais</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="255"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="256"/>
        <source>Billing Contact Assistant version</source>
        <translation>Versão do Assistente de contato de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="257"/>
        <source>Walk code</source>
        <translation>Código do percurso</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <location filename="../gui/billing_contact/pages.py" line="281"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="332"/>
        <source>Walk code: {code}</source>
        <translation>Código do percurso: {code}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="338"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="339"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="340"/>
        <source>Not determined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/verdict.py" line="345"/>
        <source>What to do next:</source>
        <translation>O que fazer em seguida:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="128"/>
        <source>Billing admin&apos;s &amp;name:</source>
        <translation>&amp;Nome do administrador de cobrança:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="129"/>
        <source>Billing admin&apos;s &amp;email address:</source>
        <translation>&amp;E-mail do administrador de cobrança:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="130"/>
        <source>name@example.com</source>
        <translation>nome@exemplo.com.br</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="131"/>
        <source>The email reads:</source>
        <translation>Texto do e-mail:</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/emails.py" line="139"/>
        <source>Enter one email address, such as name@example.com, with no spaces, commas, question marks or ampersands.</source>
        <translation>Digite um único endereço de e-mail, como nome@exemplo.com.br, sem espaços, vírgulas, pontos de interrogação nem o símbolo e comercial.</translation>
    </message>
</context>
<context>
    <name>WalkCode</name>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="91"/>
        <source>Step {step} ({title}): &quot;{found}&quot; is not an answer letter. Step {step} offers {letters}.</source>
        <translation>Passo {step} ({title}): &quot;{found}&quot; não é uma letra de resposta. O passo {step} oferece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="94"/>
        <source>Step {step} ({title}) has no answer {found}. It offers {letters}.</source>
        <translation>O passo {step} ({title}) não tem a resposta {found}. Ele oferece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="95"/>
        <source>Step {step} ({title}) has no answer yet. It offers {letters}.</source>
        <translation>O passo {step} ({title}) ainda não tem resposta. Ele oferece {letters}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/walkcode.py" line="96"/>
        <source>There is no step {step}: the answers before it already reach a result. Remove {found}.</source>
        <translation>Não existe o passo {step}: as respostas anteriores já levam a um resultado. Remova {found}.</translation>
    </message>
</context>
<context>
    <name>WalkCodeDialog</name>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="85"/>
        <source>Opens the result: {headline}</source>
        <translation>Abre o resultado: {headline}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="110"/>
        <source>Open a walk code</source>
        <translation>Abrir um código de percurso</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/codedialog.py" line="112"/>
        <source>&amp;Walk code: the letters of the answers, as the result page shows them (for example B-A-B). The same code opens the same result in every language.</source>
        <translation>&amp;Código do percurso: as letras das respostas, como a página do resultado as mostra (por exemplo B-A-B). O mesmo código abre o mesmo resultado em todos os idiomas.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="189"/>
        <source>About…</source>
        <translation>Sobre…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="198"/>
        <source>Who to ask: {who}.</source>
        <translation>A quem perguntar: {who}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="201"/>
        <source>Who to ask: the admin who manages your {product} account.</source>
        <translation>A quem perguntar: o administrador que gerencia sua conta do {product}.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="206"/>
        <source>Help desk: {url}</source>
        <translation>Suporte técnico: {url}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="207"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="217"/>
        <source>About Billing Contact Assistant</source>
        <translation>Sobre o Assistente de contato de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="218"/>
        <source>Billing Contact Assistant {version}</source>
        <translation>Assistente de contato de cobrança {version}</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="221"/>
        <source>Finds out who the billing contact of your {product} account is, following GoTo&apos;s help article. It opens the portals in your browser and never asks for, reads or stores a password.</source>
        <translation>Descobre quem é o contato de cobrança da sua conta do {product}, seguindo o artigo de ajuda da GoTo. Abre os portais no seu navegador e nunca pede, lê nem armazena senhas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="227"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software livre sob a licença MIT.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="228"/>
        <source>Not affiliated with, nor endorsed by, GoTo or LogMeIn.</source>
        <translation>Não é afiliado à GoTo nem à LogMeIn, nem endossado por elas.</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="310"/>
        <source>Billing Contact Assistant</source>
        <translation>Assistente de contato de cobrança</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="317"/>
        <location filename="../gui/billing_contact/wizard.py" line="319"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="324"/>
        <source>Open a walk code…</source>
        <translation>Abrir código…</translation>
    </message>
    <message>
        <location filename="../gui/billing_contact/wizard.py" line="327"/>
        <source>Open the result of a walk code such as B-A-B ({shortcut})</source>
        <translation>Abrir o resultado de um código de percurso como B-A-B ({shortcut})</translation>
    </message>
</context>
</TS>
