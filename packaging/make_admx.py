"""Write the Group Policy templates of the organization's settings (make settings-docs writes them too).

    python packaging/make_admx.py            write packaging/windows/policy/
    python packaging/make_admx.py --check    exit 1, naming them, if any is stale

``BillingContactAssistant.admx`` defines one policy for each key of ``SETTINGS`` in
gui/billing_contact/services/settings.py, the table load_policy reads, and
``<culture>/BillingContactAssistant.adml`` says it in each language the app speaks. A policy writes
its key where the app reads first on Windows, under ``HKLM\\Software\\Policies\\BillingContactAssistant``
(``settings.GROUP_POLICY_KEY``): the key's group is a subkey, its name the value's.

The keys, defaults and examples come from SETTINGS; the app's name from resources/listing.json;
each portal's name from the app's own catalogs, as its pages say it. The rest of the texts is
``TEXTS`` below, one table per language. Run it in the virtual environment: the settings module and
the catalogs need Qt.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from generated_files import write_or_check

from PySide6.QtCore import QTranslator

from billing_contact import LANGUAGES
from billing_contact.article import ARTICLE
from billing_contact.logic.flow import CONTEXT
from billing_contact.services.settings import APPLICATION, GROUP_POLICY_KEY, ORGANIZATION, SETTINGS, Setting

ROOT = Path(__file__).resolve().parent.parent
LISTING = ROOT / "resources" / "listing.json"
CATALOGS = ROOT / "gui" / "billing_contact" / "translations"
# The files written, relative to the repository root.
POLICY = Path("packaging") / "windows" / "policy"
NAME = ORGANIZATION
# The policies' namespace: a name of our own, which no other template may use.
NAMESPACE = "BillingContactAssistant.Policies"
SCHEMA = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
# The registry key of the policies, as a template writes it: under HKEY_LOCAL_MACHINE (class Machine).
KEY = GROUP_POLICY_KEY.removeprefix("HKEY_LOCAL_MACHINE\\")
# Where the app reads a key that no policy sets, as the templates' texts name it.
LOCAL_KEY = f"HKEY_LOCAL_MACHINE\\Software\\{ORGANIZATION}\\{APPLICATION}"
SUPPORTED = "SUPPORTED_Windows10"

# What each key holds: a portal's address is a "url" too.
KINDS = {"portals": "url", "product/name": "name", "contact/name": "name", "contact/email": "email"}
KINDS["contact/helpdesk_url"] = "url"
KINDS["support/url"] = "url"
# The longest value load_policy accepts of each kind (check_url, settings' names, mailto).
MAX_LENGTH = {"url": 2048, "name": 100, "email": 254}


class Texts(NamedTuple):
    """What the templates say in one language."""

    # Windows' name of the language, the ADML file's folder.
    culture: str
    # What the ADML is, after its name (the app's, from the listing).
    description: str
    # The policies' "Supported on".
    supported: str
    # The category of each group of keys, under the app's name.
    groups: dict[str, str]
    # A portal's policy is named "<the portal's name, as the app's catalog says it><colon><address>".
    address: str
    colon: str
    # The names of the policies that are not a portal's, by key.
    titles: dict[str, str]
    # What a portal's policy sets, and what each other key does, by key.
    portal: str
    sets: dict[str, str]
    # What a value must be, and the label of its text box, by kind.
    rules: dict[str, str]
    labels: dict[str, str]
    # Lines of the explanation; {value} is a value, {local} the key read without a policy.
    default: str
    no_default: str
    example: str
    precedence: str


TEXTS: dict[str, Texts] = {
    "en": Texts(
        culture="en-US",
        description="Settings an organization sets for the Billing Contact Assistant on every computer.",
        supported="Billing Contact Assistant on Windows 10 or later",
        groups={"portals": "Portals", "product": "Product", "contact": "Contact", "support": "GoTo support"},
        address="address",
        colon=": ",
        titles={
            "product/name": "Product name",
            "contact/name": "Contact: name",
            "contact/email": "Contact: email address",
            "contact/helpdesk_url": "Contact: help desk page",
            "support/url": "GoTo's support page",
        },
        portal="The address the assistant opens for this portal. Set it when GoTo moves the portal to a new address.",
        sets={
            "product/name": "The product name the assistant's pages show.",
            "contact/name": "Who your users ask about the account: the result page shows this name.",
            "contact/email": "The email address of the contact your users ask: the result page offers to write to it.",
            "contact/helpdesk_url": "A help desk page the result page offers to open.",
            "support/url": (
                "The page the assistant opens for GoTo's support, where users ask GoTo to change the billing "
                "contact. Set it to a page in your users' language, or to your own page on the matter."
            ),
        },
        rules={
            "url": "An https address, without a user name or password, of at most 2,048 characters.",
            "name": "One line of at most 100 printable characters.",
            "email": "One plain email address, such as helpdesk@example.com.",
        },
        labels={"url": "Address:", "name": "Name:", "email": "Email address:"},
        default="Default: {value}",
        no_default="Default: none.",
        example="Example: {value}",
        precedence=(
            "If this policy is disabled or not configured, the assistant uses the same setting under {local} "
            "when it is set there, and otherwise the default. A value that cannot be used is ignored: the "
            "assistant writes a warning in its log file and uses the default."
        ),
    ),
    "it": Texts(
        culture="it-IT",
        description=(
            "Impostazioni che un'organizzazione definisce per l'Assistente contatto di fatturazione su ogni computer."
        ),
        supported="Assistente contatto di fatturazione su Windows 10 o versioni successive",
        groups={"portals": "Portali", "product": "Prodotto", "contact": "Contatto", "support": "Supporto GoTo"},
        address="indirizzo",
        colon=": ",
        titles={
            "product/name": "Nome del prodotto",
            "contact/name": "Contatto: nome",
            "contact/email": "Contatto: indirizzo email",
            "contact/helpdesk_url": "Contatto: pagina dell'help desk",
            "support/url": "Pagina del supporto GoTo",
        },
        portal=(
            "L'indirizzo che l'assistente apre per questo portale. Da impostare quando GoTo sposta il portale "
            "a un nuovo indirizzo."
        ),
        sets={
            "product/name": "Il nome del prodotto che le pagine dell'assistente mostrano.",
            "contact/name": "A chi si rivolgono gli utenti per l'account: la pagina del risultato mostra questo nome.",
            "contact/email": (
                "L'indirizzo email del contatto dell'organizzazione: la pagina del risultato propone di scrivergli."
            ),
            "contact/helpdesk_url": "Una pagina dell'help desk che la pagina del risultato propone di aprire.",
            "support/url": (
                "La pagina che l'assistente apre per il supporto GoTo, dove gli utenti chiedono a GoTo di "
                "cambiare il contatto di fatturazione. Da impostare su una pagina nella lingua degli utenti, o "
                "su una pagina propria dell'organizzazione."
            ),
        },
        rules={
            "url": "Un indirizzo https, senza nome utente né password, di al massimo 2.048 caratteri.",
            "name": "Una sola riga di al massimo 100 caratteri stampabili.",
            "email": "Un solo indirizzo email semplice, come helpdesk@example.com.",
        },
        labels={"url": "Indirizzo:", "name": "Nome:", "email": "Indirizzo email:"},
        default="Valore predefinito: {value}",
        no_default="Valore predefinito: nessuno.",
        example="Esempio: {value}",
        precedence=(
            "Se questo criterio è disabilitato o non configurato, l'assistente usa la stessa impostazione in "
            "{local}, se è impostata lì, altrimenti il valore predefinito. Un valore che non può essere usato "
            "viene ignorato: l'assistente scrive un avviso nel suo file di log e usa il valore predefinito."
        ),
    ),
    "de": Texts(
        culture="de-DE",
        description=(
            "Einstellungen, die eine Organisation für den Assistenten für den Abrechnungskontakt auf allen "
            "Computern festlegt."
        ),
        supported="Assistent für den Abrechnungskontakt unter Windows 10 oder höher",
        groups={"portals": "Portale", "product": "Produkt", "contact": "Ansprechperson", "support": "GoTo-Support"},
        address="Adresse",
        colon=": ",
        titles={
            "product/name": "Produktname",
            "contact/name": "Ansprechperson: Name",
            "contact/email": "Ansprechperson: E-Mail-Adresse",
            "contact/helpdesk_url": "Ansprechperson: Helpdesk-Seite",
            "support/url": "Support-Seite von GoTo",
        },
        portal=(
            "Die Adresse, die der Assistent für dieses Portal öffnet. Legen Sie sie fest, wenn GoTo das Portal "
            "an eine neue Adresse verlegt."
        ),
        sets={
            "product/name": "Der Produktname, den die Seiten des Assistenten anzeigen.",
            "contact/name": (
                "An wen sich Ihre Benutzer bei Fragen zum Konto wenden: Die Ergebnisseite zeigt diesen Namen."
            ),
            "contact/email": (
                "Die E-Mail-Adresse der Ansprechperson Ihrer Organisation: Die Ergebnisseite bietet an, ihr eine "
                "E-Mail zu schreiben."
            ),
            "contact/helpdesk_url": "Eine Helpdesk-Seite, die die Ergebnisseite zum Öffnen anbietet.",
            "support/url": (
                "Die Seite, die der Assistent für den Support von GoTo öffnet: Dort bitten Ihre Benutzer GoTo, "
                "den Abrechnungskontakt zu ändern. Legen Sie eine Seite in der Sprache Ihrer Benutzer fest oder "
                "eine eigene Seite Ihrer Organisation dazu."
            ),
        },
        rules={
            "url": "Eine https-Adresse ohne Benutzernamen oder Kennwort, mit höchstens 2.048 Zeichen.",
            "name": "Eine Zeile mit höchstens 100 druckbaren Zeichen.",
            "email": "Eine einzige, einfache E-Mail-Adresse wie helpdesk@example.com.",
        },
        labels={"url": "Adresse:", "name": "Name:", "email": "E-Mail-Adresse:"},
        default="Standardwert: {value}",
        no_default="Standardwert: keiner.",
        example="Beispiel: {value}",
        precedence=(
            "Wenn diese Richtlinie deaktiviert oder nicht konfiguriert ist, verwendet der Assistent dieselbe "
            "Einstellung unter {local}, sofern sie dort festgelegt ist, andernfalls den Standardwert. Ein Wert, "
            "der nicht verwendet werden kann, wird ignoriert: Der Assistent schreibt eine Warnung in seine "
            "Protokolldatei und verwendet den Standardwert."
        ),
    ),
    "fr": Texts(
        culture="fr-FR",
        description=(
            "Paramètres qu'une organisation définit pour l'Assistant du contact de facturation sur chaque ordinateur."
        ),
        supported="Assistant du contact de facturation sous Windows 10 ou version ultérieure",
        groups={"portals": "Portails", "product": "Produit", "contact": "Contact", "support": "Assistance GoTo"},
        address="adresse",
        colon="\u00a0: ",
        titles={
            "product/name": "Nom du produit",
            "contact/name": "Contact\u00a0: nom",
            "contact/email": "Contact\u00a0: adresse e-mail",
            "contact/helpdesk_url": "Contact\u00a0: page du service d'assistance",
            "support/url": "Page d'assistance de GoTo",
        },
        portal=(
            "L'adresse que l'assistant ouvre pour ce portail. À définir lorsque GoTo déplace le portail vers "
            "une nouvelle adresse."
        ),
        sets={
            "product/name": "Le nom du produit qu'affichent les pages de l'assistant.",
            "contact/name": (
                "La personne à qui vos utilisateurs s'adressent pour le compte\u00a0: la page du résultat "
                "affiche ce nom."
            ),
            "contact/email": (
                "L'adresse e-mail du contact de votre organisation\u00a0: la page du résultat propose de lui écrire "
                "un e-mail."
            ),
            "contact/helpdesk_url": "Une page du service d'assistance que la page du résultat propose d'ouvrir.",
            "support/url": (
                "La page que l'assistant ouvre pour l'assistance de GoTo, où vos utilisateurs demandent à GoTo "
                "de changer le contact de facturation. Indiquez une page dans la langue de vos utilisateurs, ou "
                "une page de votre organisation sur le sujet."
            ),
        },
        rules={
            "url": "Une adresse https, sans nom d'utilisateur ni mot de passe, de 2\u00a0048\u00a0caractères au plus.",
            "name": "Une seule ligne de 100\u00a0caractères imprimables au plus.",
            "email": "Une seule adresse e-mail simple, par exemple helpdesk@example.com.",
        },
        labels={"url": "Adresse\u00a0:", "name": "Nom\u00a0:", "email": "Adresse e-mail\u00a0:"},
        default="Valeur par défaut\u00a0: {value}",
        no_default="Valeur par défaut\u00a0: aucune.",
        example="Exemple\u00a0: {value}",
        precedence=(
            "Si cette stratégie est désactivée ou non configurée, l'assistant utilise le même paramètre sous "
            "{local} s'il y est défini, sinon la valeur par défaut. Une valeur inutilisable est ignorée\u00a0: "
            "l'assistant écrit un avertissement dans son fichier journal et utilise la valeur par défaut."
        ),
    ),
    "es": Texts(
        culture="es-ES",
        description=(
            "Ajustes que una organización define para el Asistente de contacto de facturación en todos los equipos."
        ),
        supported="Asistente de contacto de facturación en Windows 10 o posterior",
        groups={"portals": "Portales", "product": "Producto", "contact": "Contacto", "support": "Soporte de GoTo"},
        address="dirección",
        colon=": ",
        titles={
            "product/name": "Nombre del producto",
            "contact/name": "Contacto: nombre",
            "contact/email": "Contacto: dirección de correo electrónico",
            "contact/helpdesk_url": "Contacto: página del servicio de asistencia",
            "support/url": "Página de soporte de GoTo",
        },
        portal=(
            "La dirección que el asistente abre para este portal. Establézcala cuando GoTo traslade el portal "
            "a una nueva dirección."
        ),
        sets={
            "product/name": "El nombre del producto que muestran las páginas del asistente.",
            "contact/name": (
                "A quién consultan sus usuarios sobre la cuenta: la página del resultado muestra este nombre."
            ),
            "contact/email": (
                "La dirección de correo electrónico del contacto de su organización: la página del resultado "
                "ofrece escribirle."
            ),
            "contact/helpdesk_url": "Una página del servicio de asistencia que la página del resultado ofrece abrir.",
            "support/url": (
                "La página que el asistente abre para el soporte de GoTo, donde sus usuarios piden a GoTo que "
                "cambie el contacto de facturación. Establezca una página en el idioma de sus usuarios, o una "
                "página propia de su organización sobre el tema."
            ),
        },
        rules={
            "url": "Una dirección https, sin nombre de usuario ni contraseña, de 2048 caracteres como máximo.",
            "name": "Una sola línea de 100 caracteres imprimibles como máximo.",
            "email": "Una sola dirección de correo electrónico sencilla, como helpdesk@example.com.",
        },
        labels={"url": "Dirección:", "name": "Nombre:", "email": "Dirección de correo electrónico:"},
        default="Valor predeterminado: {value}",
        no_default="Valor predeterminado: ninguno.",
        example="Ejemplo: {value}",
        precedence=(
            "Si esta directiva está deshabilitada o no configurada, el asistente usa el mismo ajuste en {local} "
            "si está definido allí y, si no, el valor predeterminado. Un valor que no se puede usar se omite: el "
            "asistente escribe una advertencia en su archivo de registro y usa el valor predeterminado."
        ),
    ),
    "pt_BR": Texts(
        culture="pt-BR",
        description=(
            "Configurações que uma organização define para o Assistente de contato de cobrança em todos os "
            "computadores."
        ),
        supported="Assistente de contato de cobrança no Windows 10 ou posterior",
        groups={"portals": "Portais", "product": "Produto", "contact": "Contato", "support": "Suporte da GoTo"},
        address="endereço",
        colon=": ",
        titles={
            "product/name": "Nome do produto",
            "contact/name": "Contato: nome",
            "contact/email": "Contato: endereço de e-mail",
            "contact/helpdesk_url": "Contato: página do suporte técnico",
            "support/url": "Página de suporte da GoTo",
        },
        portal=(
            "O endereço que o assistente abre para este portal. Defina-o quando a GoTo mudar o portal para um "
            "novo endereço."
        ),
        sets={
            "product/name": "O nome do produto que as páginas do assistente mostram.",
            "contact/name": "A quem seus usuários recorrem sobre a conta: a página do resultado mostra este nome.",
            "contact/email": (
                "O endereço de e-mail do contato da sua organização: a página do resultado oferece escrever um "
                "e-mail para ele."
            ),
            "contact/helpdesk_url": "Uma página do suporte técnico que a página do resultado oferece abrir.",
            "support/url": (
                "A página que o assistente abre para o suporte da GoTo, onde seus usuários pedem à GoTo que "
                "altere o contato de cobrança. Defina uma página no idioma dos seus usuários, ou uma página "
                "da sua organização sobre o assunto."
            ),
        },
        rules={
            "url": "Um endereço https, sem nome de usuário nem senha, com no máximo 2.048 caracteres.",
            "name": "Uma única linha com no máximo 100 caracteres imprimíveis.",
            "email": "Um único endereço de e-mail simples, como helpdesk@example.com.",
        },
        labels={"url": "Endereço:", "name": "Nome:", "email": "Endereço de e-mail:"},
        default="Padrão: {value}",
        no_default="Padrão: nenhum.",
        example="Exemplo: {value}",
        precedence=(
            "Se esta política estiver desabilitada ou não configurada, o assistente usa a mesma configuração em "
            "{local}, se estiver definida lá, ou então o valor padrão. Um valor que não pode ser usado é "
            "ignorado: o assistente grava um aviso no seu arquivo de log e usa o valor padrão."
        ),
    ),
    "nl": Texts(
        culture="nl-NL",
        description=(
            "Instellingen die een organisatie op elke computer vastlegt voor de Assistent voor de "
            "factureringscontactpersoon."
        ),
        supported="Assistent voor de factureringscontactpersoon op Windows 10 of later",
        groups={
            "portals": "Portalen",
            "product": "Product",
            "contact": "Contactpersoon",
            "support": "Ondersteuning van GoTo",
        },
        address="adres",
        colon=": ",
        titles={
            "product/name": "Productnaam",
            "contact/name": "Contactpersoon: naam",
            "contact/email": "Contactpersoon: e-mailadres",
            "contact/helpdesk_url": "Contactpersoon: helpdeskpagina",
            "support/url": "Ondersteuningspagina van GoTo",
        },
        portal=(
            "Het adres dat de assistent voor dit portaal opent. Stel het in wanneer GoTo het portaal naar een "
            "nieuw adres verplaatst."
        ),
        sets={
            "product/name": "De productnaam die de pagina's van de assistent tonen.",
            "contact/name": (
                "Bij wie uw gebruikers terechtkunnen met vragen over het account: de resultaatpagina toont deze naam."
            ),
            "contact/email": (
                "Het e-mailadres van de contactpersoon van uw organisatie: de resultaatpagina biedt aan een e-mail "
                "naar dit adres te schrijven."
            ),
            "contact/helpdesk_url": "Een helpdeskpagina die de resultaatpagina aanbiedt om te openen.",
            "support/url": (
                "De pagina die de assistent opent voor de ondersteuning van GoTo, waar uw gebruikers GoTo vragen "
                "de factureringscontactpersoon te wijzigen. Stel een pagina in de taal van uw gebruikers in, of "
                "een eigen pagina van uw organisatie over dit onderwerp."
            ),
        },
        rules={
            "url": "Een https-adres zonder gebruikersnaam of wachtwoord, van hoogstens 2.048 tekens.",
            "name": "Eén regel van hoogstens 100 afdrukbare tekens.",
            "email": "Eén eenvoudig e-mailadres, zoals helpdesk@example.com.",
        },
        labels={"url": "Adres:", "name": "Naam:", "email": "E-mailadres:"},
        default="Standaardwaarde: {value}",
        no_default="Standaardwaarde: geen.",
        example="Voorbeeld: {value}",
        precedence=(
            "Als dit beleid is uitgeschakeld of niet is geconfigureerd, gebruikt de assistent dezelfde "
            "instelling onder {local} als die daar is ingesteld, en anders de standaardwaarde. Een waarde die "
            "niet bruikbaar is, wordt genegeerd: de assistent schrijft een waarschuwing in zijn logbestand en "
            "gebruikt de standaardwaarde."
        ),
    ),
}


def policy_name(setting: Setting) -> str:
    """The policy's name, and the id of its strings, its presentation and its text box."""
    return setting.key.replace("/", "_")


def kind(setting: Setting) -> str:
    found = KINDS.get(setting.key) or KINDS.get(setting.group)
    if found is None:
        raise ValueError(f"make_admx.KINDS does not say what {setting.key} holds")
    return found


def _element(parent: ElementTree.Element, tag: str, text: str | None = None, **attributes: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, f"{{{SCHEMA}}}{tag}", attributes)
    element.text = text
    return element


def _xml(root: ElementTree.Element) -> str:
    ElementTree.register_namespace("", SCHEMA)
    ElementTree.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def admx(settings: tuple[Setting, ...] = SETTINGS) -> str:
    """The policies: one text policy for each key, in a category for each group, under the app's."""
    root = ElementTree.Element(f"{{{SCHEMA}}}policyDefinitions", {"revision": "1.0", "schemaVersion": "1.0"})
    namespaces = _element(root, "policyNamespaces")
    _element(namespaces, "target", prefix="billingcontact", namespace=NAMESPACE)
    _element(root, "resources", minRequiredRevision="1.0")
    definitions = _element(_element(root, "supportedOn"), "definitions")
    _element(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    categories = _element(root, "categories")
    _element(categories, "category", name=NAME, displayName=f"$(string.{NAME})")
    for group in dict.fromkeys(setting.group for setting in settings):
        category = _element(categories, "category", name=f"{NAME}_{group}", displayName=f"$(string.{NAME}_{group})")
        _element(category, "parentCategory", ref=NAME)
    policies = _element(root, "policies")
    for setting in settings:
        name = policy_name(setting)
        policy = _element(
            policies,
            "policy",
            name=name,
            # The app reads the policy of the machine only: it is the organization's, not a user's.
            **{"class": "Machine"},
            displayName=f"$(string.{name})",
            explainText=f"$(string.{name}_Explain)",
            presentation=f"$(presentation.{name})",
            key=f"{KEY}\\{setting.group}",
        )
        _element(policy, "parentCategory", ref=f"{NAME}_{setting.group}")
        _element(policy, "supportedOn", ref=SUPPORTED)
        elements = _element(policy, "elements")
        _element(
            elements,
            "text",
            id=name,
            valueName=setting.name,
            maxLength=str(MAX_LENGTH[kind(setting)]),
            required="true",
        )
    return _xml(root)


def portal_names(language: str) -> dict[str, str]:
    """Each portal's name, by its setting's key, as the app's catalog for ``language`` says it."""
    translator = QTranslator()
    if not translator.load(f"billing_contact_{language}", str(CATALOGS)):
        raise ValueError(f"no compiled catalog for {language} in {CATALOGS}: run make i18n")
    return {f"portals/{p.id}": translator.translate(CONTEXT, p.name) or p.name for p in ARTICLE.portals}


def explanation(texts: Texts, setting: Setting) -> str:
    """What a policy's Help says: what it sets, what its value must be, its default, and what wins."""
    what = texts.portal if setting.group == "portals" else texts.sets[setting.key]
    values = [texts.default.format(value=setting.default) if setting.default else texts.no_default]
    if setting.example != setting.default:
        values.append(texts.example.format(value=setting.example))
    rule = texts.rules[kind(setting)]
    return "\n\n".join([what, rule, "\n".join(values), texts.precedence.format(local=LOCAL_KEY)])


def adml(language: str, app_name: str, settings: tuple[Setting, ...] = SETTINGS) -> str:
    """The texts of the policies in ``language``, under ``app_name``, the app's name in it."""
    texts = TEXTS[language]
    portals = portal_names(language)
    root = ElementTree.Element(f"{{{SCHEMA}}}policyDefinitionResources", {"revision": "1.0", "schemaVersion": "1.0"})
    _element(root, "displayName", app_name)
    _element(root, "description", texts.description)
    resources = _element(root, "resources")
    strings = _element(resources, "stringTable")
    _element(strings, "string", app_name, id=NAME)
    _element(strings, "string", texts.supported, id=SUPPORTED)
    for group in dict.fromkeys(setting.group for setting in settings):
        _element(strings, "string", texts.groups[group], id=f"{NAME}_{group}")
    for setting in settings:
        name = policy_name(setting)
        if setting.key in portals:
            title = portals[setting.key] + texts.colon + texts.address
        else:
            title = texts.titles[setting.key]
        _element(strings, "string", title, id=name)
        _element(strings, "string", explanation(texts, setting), id=f"{name}_Explain")
    presentations = _element(resources, "presentationTable")
    for setting in settings:
        name = policy_name(setting)
        box = _element(_element(presentations, "presentation", id=name), "textBox", refId=name)
        _element(box, "label", texts.labels[kind(setting)])
        if setting.default:
            _element(box, "defaultValue", setting.default)
    return _xml(root)


def check(settings: tuple[Setting, ...] = SETTINGS) -> None:
    """Raise ValueError, naming what is missing, unless every language says every policy."""
    missing = [language for language in LANGUAGES if language not in TEXTS]
    if missing:
        raise ValueError(f"make_admx.TEXTS has no texts in {', '.join(missing)}")
    for setting in settings:
        kind(setting)
    for language in LANGUAGES:
        texts = TEXTS[language]
        keys = {setting.key for setting in settings if setting.group != "portals"}
        groups = {setting.group for setting in settings}
        for table, wanted in (("titles", keys), ("sets", keys), ("groups", groups)):
            if lacking := sorted(wanted - set(getattr(texts, table))):
                raise ValueError(f"make_admx.TEXTS[{language!r}].{table} lacks {', '.join(lacking)}")


def generated() -> dict[Path, str]:
    """Each file written, relative to the repository's root, with the text it should hold."""
    check()
    # The app's name in each language, as the desktop entry and the installer say it.
    names = json.loads(LISTING.read_text(encoding="utf-8"))["name"]
    files = {POLICY / f"{NAME}.admx": admx()}
    for language in LANGUAGES:
        files[POLICY / TEXTS[language].culture / f"{NAME}.adml"] = adml(language, names[language])
    return files


def main(arguments: list[str]) -> int:
    if arguments not in ([], ["--check"]):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        files = generated()
    except ValueError as error:
        print(f"make_admx: {error}", file=sys.stderr)
        return 1
    return write_or_check(ROOT, files, check=arguments == ["--check"], chore="settings-docs")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
