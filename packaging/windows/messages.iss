; Generated from resources/listing.json by packaging/make_desktop_files.py: edit that file.
; Included by billing-contact-assistant.iss. UTF-8, which Inno Setup 6.3 and later read as such.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
en.AppComment=Find out who the billing contact of your GoToAssist Remote Support v5 account is
it.AppComment=Scopri chi è il contatto di fatturazione del tuo account GoToAssist Remote Support v5
de.AppComment=Finden Sie heraus, wer der Abrechnungskontakt Ihres Kontos für GoToAssist Remote Support v5 ist
fr.AppComment=Découvrez qui est le contact de facturation de votre compte GoToAssist Remote Support v5
es.AppComment=Averigüe quién es el contacto de facturación de su cuenta de GoToAssist Remote Support v5
pt_BR.AppComment=Descubra quem é o contato de cobrança da sua conta do GoToAssist Remote Support v5
nl.AppComment=Ontdek wie de factureringscontactpersoon van uw account voor GoToAssist Remote Support v5 is
