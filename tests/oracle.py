"""What a person checks the app against, written out by hand from the help article and
docs/FLOW.md, never read from the app's own data: a wrong map, catalog or address fails the tests.

Every test takes its expected paths, walk codes, titles, headlines and addresses from here.
"""

from __future__ import annotations

# What the article's ten paths lead to: (choices clicked, verdict id). Written out by hand from
# docs/FLOW.md, not derived from the app's own map, so that a wrong map fails these tests.
PATHS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("choice.start.billing_center", "choice.billing_center.subscriptions"), "billing_admin"),
    (
        ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.standard"),
        "not_billing_admin",
    ),
    (
        (
            "choice.start.billing_center",
            "choice.billing_center.not_the_page",
            "choice.my_account.corporate",
            "choice.corporate_portal.signed_in",
        ),
        "corporate_billing_admin",
    ),
    (
        (
            "choice.start.billing_center",
            "choice.billing_center.not_the_page",
            "choice.my_account.corporate",
            "choice.corporate_portal.cannot_sign_in",
        ),
        "not_corporate_billing_admin",
    ),
    (("choice.start.billing_center", "choice.billing_center.other"), "undetermined"),
    (("choice.start.admin_center", "choice.admin_center.subscriptions"), "billing_admin"),
    (("choice.start.admin_center", "choice.admin_center.contact_billing_admin"), "not_billing_admin_named"),
    (
        ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.signed_in"),
        "corporate_billing_admin",
    ),
    (
        ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.cannot_sign_in"),
        "not_corporate_billing_admin",
    ),
    (("choice.start.admin_center", "choice.admin_center.other"), "undetermined"),
)

# Which ways to change the billing contact each verdict offers, the walk's own first (docs/FLOW.md,
# "Changing the billing contact"): a Billing Center account asks GoTo's Customer Care, a Corporate
# Billing Portal account its GoTo representative or Corporate Account Services. An undetermined walk
# does not tell which portal manages the billing, so it offers none.
CHANGE_WAYS = {
    "billing_admin": ["billing_center", "corporate_portal"],
    "not_billing_admin": ["billing_center", "corporate_portal"],
    "not_billing_admin_named": ["billing_center", "corporate_portal"],
    "corporate_billing_admin": ["corporate_portal", "billing_center"],
    "not_corporate_billing_admin": ["corporate_portal", "billing_center"],
    "undetermined": [],
}
# GoTo's support page for GoToAssist v5: where the change is asked for.
SUPPORT_PAGE = "https://support.goto.com/remote-support/help/goto-assist-billing-user-guide"

# The headline a person reads for each verdict. Italian: the article's own wording.
HEADLINES = {
    "it": {
        "billing_admin": "Sei l'amministratore della fatturazione",
        "corporate_billing_admin": "Sei l'amministratore della fatturazione, nel Portale di fatturazione Corporate",
        "not_billing_admin": "Non sei l'amministratore della fatturazione",
        "not_billing_admin_named": "Non sei l'amministratore della fatturazione",
        "not_corporate_billing_admin": "Non sei l'amministratore della fatturazione",
        "undetermined": "Non hai ancora individuato il contatto di fatturazione",
    },
    "en": {
        "billing_admin": "You are the billing admin",
        "corporate_billing_admin": "You are the billing admin, in the Corporate Billing Portal",
        "not_billing_admin": "You are not the billing admin",
        "not_billing_admin_named": "You are not the billing admin",
        "not_corporate_billing_admin": "You are not the billing admin",
        "undetermined": "You have not found the billing contact yet",
    },
}


def _headlines(yes: str, a_yes: str, no: str, unknown: str) -> dict[str, str]:
    return {
        "billing_admin": yes,
        "corporate_billing_admin": a_yes,
        "not_billing_admin": no,
        "not_billing_admin_named": no,
        "not_corporate_billing_admin": no,
        "undetermined": unknown,
    }


HEADLINES.update(
    {
        "de": _headlines(
            "Sie sind der Abrechnungsadministrator",
            "Sie sind der Abrechnungsadministrator – im Corporate Billing Portal",
            "Sie sind nicht der Abrechnungsadministrator",
            "Sie haben den Abrechnungskontakt noch nicht gefunden",
        ),
        "fr": _headlines(
            "Vous êtes l'administrateur de la facturation",
            "Vous êtes l'administrateur de la facturation, dans le portail de facturation Corporate",
            "Vous n'êtes pas l'administrateur de la facturation",
            "Vous n'avez pas encore trouvé le contact de facturation",
        ),
        "es": _headlines(
            "Es el administrador de facturación",
            "Es el administrador de facturación, en el Portal de facturación para empresas",
            "No es el administrador de facturación",
            "Aún no ha encontrado el contacto de facturación",
        ),
        "pt_BR": _headlines(
            "Você é o administrador de cobrança",
            "Você é o administrador de cobrança, no Portal de Cobrança Corporativa",
            "Você não é o administrador de cobrança",
            "Você ainda não encontrou o contato de cobrança",
        ),
        "nl": _headlines(
            "U bent de factureringsbeheerder",
            "U bent de factureringsbeheerder, in het Corporate Billing Portal",
            "U bent niet de factureringsbeheerder",
            "U hebt de factureringscontactpersoon nog niet gevonden",
        ),
    }
)

# The portals' own words in each language, as GoTo's help in that language quotes them
# (docs/FLOW.md, "Sources of the portal words"): what a user looks for on their screen. A word
# GoTo's help was not found to give in a language is left out here.
PORTAL_WORDS = {
    "en": {
        "billing_center": "Billing Center",
        "admin_center": "Admin Center",
        "corporate_portal": "Corporate Billing Portal",
        "my_account": "My Account",
        "go_to_billing": "Go to Billing",
        "wrong_place": "You seem to have landed in the wrong place",
        "subscriptions": "Subscriptions",
        "add_licenses": "Add Licenses",
        "email_billing_admin": "Email the billing admin",
    },
    "it": {
        "billing_center": "Centro fatturazione",
        "admin_center": "Centro di amministrazione",
        "corporate_portal": "Portale di fatturazione Corporate",
        "my_account": "Account personale",
        "go_to_billing": "Vai alla fatturazione",
        "wrong_place": "È possibile che questa non sia la pagina che desideravi.",
        "subscriptions": "Sottoscrizioni",
        "add_licenses": "Aggiungi licenze",
        "email_billing_admin": "Email all'amministratore della fatturazione",
    },
    "de": {
        "billing_center": "Abrechnungscenter",
        "admin_center": "Admin Center",
        "corporate_portal": "Corporate Billing Portal",
        "my_account": "Mein Konto",
        "go_to_billing": "Zur Abrechnung",
        "wrong_place": "Sie haben hier keinen Zugriff",
        "subscriptions": "Abonnementseite",
        "add_licenses": "Lizenzen hinzufügen",
        "email_billing_admin": "E-Mail an den Abrechnungsadministrator",
    },
    "fr": {
        "billing_center": "centre de facturation",
        "admin_center": "centre d'administration",
        "corporate_portal": "portail de facturation Corporate",
        "my_account": "Mon compte",
        "go_to_billing": "Accéder à la facturation",
        "wrong_place": "Il semble que vous ayez atterri au mauvais endroit",
        "subscriptions": "Abonnements",
        "add_licenses": "Ajouter des licences",
    },
    "es": {
        "billing_center": "Centro de facturación",
        "admin_center": "Centro de administración",
        "corporate_portal": "Portal de facturación para empresas",
        "my_account": "Mi cuenta",
        "go_to_billing": "Ir a facturación",
        "wrong_place": "Parece que ha llegado a la ubicación incorrecta",
        "subscriptions": "Suscripciones",
        "email_billing_admin": "Enviar un correo electrónico al administrador de facturación",
    },
    "pt_BR": {
        "billing_center": "Centro de faturamento",
        "admin_center": "Centro de Administração",
        "corporate_portal": "Portal de Cobrança Corporativa",
        "my_account": "Minha conta",
        "go_to_billing": "Ir para faturamento",
        "wrong_place": "Você chegou a uma página inválida",
        "subscriptions": "Assinaturas",
        "email_billing_admin": "Enviar email para o administrador de cobrança",
    },
    # GoTo's Dutch help was not found to quote the portals: the catalog's own words, with the
    # English original after them where the user matches them on screen (docs/FLOW.md, "Dutch").
    "nl": {
        "billing_center": "Factureringscentrum (Billing Center)",
        "admin_center": "Admin Center",
        "corporate_portal": "Corporate Billing Portal",
        "my_account": "Mijn account (My Account)",
        "go_to_billing": "“Naar facturering”",
        "wrong_place": "“U bent blijkbaar op de verkeerde plek beland” (You seem to have landed in the wrong place)",
        "subscriptions": "Abonnementen (Subscriptions)",
        "add_licenses": "“Licenties toevoegen” (Add Licenses)",
        "email_billing_admin": "“E-mail naar de factureringsbeheerder” (Email the billing admin)",
    },
}
# The English originals a language keeps after its own words, where GoTo's help in that language
# was not found to name them (docs/FLOW.md, "Sources of the portal words").
ENGLISH_KEPT = {
    "nl": ("(Go to Billing)", "(My Account)", "(Subscriptions)", "You seem to have landed in the wrong place"),
}

# The window title in each language.
TITLES = {
    "en": "Billing Contact Assistant",
    "it": "Assistente contatto di fatturazione",
    "de": "Assistent für den Abrechnungskontakt",
    "fr": "Assistant du contact de facturation",
    "es": "Asistente de contacto de facturación",
    "pt_BR": "Assistente de contato de cobrança",
    "nl": "Assistent voor de factureringscontactpersoon",
}
LANGUAGES = tuple(TITLES)

BILLING_CENTER = "https://billing.logmeininc.com"
ADMIN_CENTER = "https://admin.logmeininc.com"
CORPORATE_PORTAL = "https://link.logmeininc.com/corp-billing"

# The page each step's choices are on.
PAGES_OF = {
    "choice.start": "page.start",
    "choice.billing_center": "page.billing_center",
    "choice.my_account": "page.my_account",
    "choice.admin_center": "page.admin_center",
    "choice.corporate_portal": "page.corporate_portal",
}

# Each path's walk code: the letters of its answers, the first answer of a step being A. In the
# order of PATHS.
CODES = ("A-A", "A-B-A", "A-B-B-A", "A-B-B-B", "A-C", "B-A", "B-B", "B-C-A", "B-C-B", "B-D")

# The start page's two answers as a screen reader reads them: letter, then sentence, its brackets
# said as pauses (not "left paren").
START_ANSWERS = (
    "A. In the Billing Center, for anyone who thinks they are the billing contact",
    "B. In the Admin Center, account admins only",
)

# The app's id (desktop entry, metainfo, icons, macOS bundle) and its program's name.
APP_ID = "org.billingcontact.Assistant"
PROGRAM = "billing-contact-assistant"
# Its home on the web, on the domain the app id names.
HOMEPAGE = "https://billingcontact.org/"

# The keys an organization's policy may set (README.md, resources/organization.conf), in the order
# the documentation lists them.
POLICY_KEYS = (
    "portals/billing_center",
    "portals/admin_center",
    "portals/corporate_portal",
    "product/name",
    "contact/name",
    "contact/email",
    "contact/helpdesk_url",
    "support/url",
)
