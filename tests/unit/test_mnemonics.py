"""Mnemonics assigned so that no two labels on a page share a letter."""

from __future__ import annotations

from billing_contact.logic.mnemonics import assign, letter, strip


def test_labels_keep_their_own_letter_when_it_is_free() -> None:
    assert assign(["&Next >", "< &Back", "Cancel"]) == ["&Next >", "< &Back", "&Cancel"]


def test_a_clash_moves_the_later_label_to_a_free_initial_then_any_letter() -> None:
    assert assign(["&Help", "&Hilfe", "Copy link"]) == ["&Help", "H&ilfe", "&Copy link"]
    assert assign(["&Copy summary", "Copy link"]) == ["&Copy summary", "Copy &link"]
    assert assign(["&abc", "&abc", "&abc", "&abc"]) == ["&abc", "a&bc", "ab&c", "abc"]


def test_literal_ampersands_stay_literal() -> None:
    labels = assign(["Terms && conditions", "&Open"])
    assert labels == ["&Terms && conditions", "&Open"]
    assert strip(labels[0]) == "Terms & conditions"
    assert letter(labels[0]) == "t"


def test_every_result_is_unique() -> None:
    labels = assign(["Apri il Centro fatturazione", "Copia link", "Copia riepilogo", "Salva riepilogo…", "Stampa…"])
    letters = [letter(label) for label in labels]
    assert None not in letters
    assert len(set(letters)) == len(letters)
    assert strip(labels[0]) == "Apri il Centro fatturazione"


def test_an_earlier_label_moves_when_that_is_the_only_way_both_get_a_letter() -> None:
    assert assign(["ab", "a"]) == ["a&b", "&a"]
    french = [
        "Ai&de",
        "&Français",
        "< &Précédent",
        "&Terminer",
        "Annuler",
        "Ouvrir le centre de facturation",
        "Copier le lien",
        "Ouvrir le centre d'administration",
        "Copier le lien",
        "Copier le résumé",
        "Enregistrer le résumé…",
        "Imprimer…",
        "Recommencer",
    ]
    letters = [letter(label) for label in assign(french)]
    assert None not in letters
    assert len(set(letters)) == len(letters)
