"""make orca-check's judgement of what was heard (tools/orca_check.py), and what it starts speech with.

The walk itself runs Orca: tests/system/test_orca_check.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import orca_check
from orca_check import Utterance, problems, read_utterances

# A step as the start page is heard in Italian, long enough on its own.
START = (
    "Chi è il contatto di fatturazione per il mio account? pannello. Il contatto di fatturazione per il tuo "
    "account è un membro della tua organizzazione che dispone di privilegi speciali: può modificare il piano di "
    "sottoscrizione dell'account, le informazioni di pagamento e fatturazione e le altre impostazioni. Solo i "
    "contatti di fatturazione o gli amministratori dell'account possono vedere chi è il contatto di fatturazione. "
    "Come vuoi verificarlo? pannello. A. Dal Centro fatturazione. non selezionato pulsante radio"
)


def heard_in(language: str, *steps: tuple[str, ...]) -> orca_check.Heard:
    return [(f"step {n}", [Utterance(language, language, text) for text in said]) for n, said in enumerate(steps, 1)]


def test_a_walk_heard_at_every_step_in_its_language_passes() -> None:
    heard = heard_in("it", (START,), ("B.", "selezionato pulsante radio"), ("tabulazione", "Copia link pulsante."))
    assert problems("it", heard) == []


def test_an_empty_transcript_fails() -> None:
    assert problems("it", []) == ["nothing was heard: the walk did not start"]
    found = problems("it", heard_in("it", (), (), ()))
    assert "no speech at 'step 1'" in found
    assert "no speech at 'step 3'" in found
    assert any("0 characters heard" in problem for problem in found)


def test_a_step_without_speech_fails_even_in_a_long_transcript() -> None:
    # As when Orca blocked after its second text: the start page heard, nothing after it.
    assert problems("it", heard_in("it", (START,), ("B.",), ())) == ["no speech at 'step 3'"]


def test_blank_texts_are_no_speech() -> None:
    assert problems("it", heard_in("it", (START,), (" ", ""))) == ["no speech at 'step 2'"]


def test_a_short_transcript_fails() -> None:
    found = problems("it", heard_in("it", ("Assistente contatto di fatturazione cornice.",), ("B.",)))
    assert found == ["46 characters heard along the whole walk, fewer than 500"]


def test_a_text_asked_in_another_language_fails() -> None:
    heard = heard_in("it", (START,))
    heard.append(("step 2", [Utterance("en", "en-us", "Copy link push button."), Utterance("en", "en-us", "tab")]))
    assert problems("it", heard) == [
        "asked in 'en', not 'it': 2 of the texts, the first at 'step 2': 'Copy link push button.'"
    ]


def test_a_dialect_of_the_walks_language_is_its_language() -> None:
    heard = [("step 1", [Utterance("it-IT", "it", START)])]
    assert problems("it", heard) == []


def test_a_text_the_synthesizer_could_not_say_fails() -> None:
    heard = [("step 1", [Utterance("it", "no_voice", START, spoken=False)])]
    assert problems("it", heard) == [
        f"not said by espeak-ng's voice 'no_voice': 1 of the texts, the first at 'step 1': {START!r}"
    ]


def test_the_output_modules_records_are_read_as_written(tmp_path: Path) -> None:
    record = tmp_path / "said"
    record.write_text(
        "said\x1fit\x1fit\x1fLettore schermo attivo.\x1e"
        "said\x1fit\x1fit\x1fCopia   link\n pulsante.\x1e"
        "said\x1fen\x1fno_voice\x1fescape\x1e"
        "failed\x1e"
        # Being written: left for the next read.
        "said\x1fit\x1fit\x1fAiu",
        encoding="utf-8",
    )
    assert read_utterances(record) == [
        Utterance("it", "it", "Lettore schermo attivo."),
        Utterance("it", "it", "Copia link pulsante."),
        Utterance("en", "no_voice", "escape", spoken=False),
    ]
    assert read_utterances(tmp_path / "nothing yet") == []


def test_the_transcript_says_the_language_and_voice_and_why_it_failed() -> None:
    heard = heard_in("it", ("Lettore schermo attivo.",))
    text = orca_check.transcript("it", heard, ["no speech at 'step 2'"], "Orca 43.1")
    assert "Language and voice asked for: it (espeak-ng voice it)" in text
    assert "## step 1\n    Lettore schermo attivo.\n" in text
    assert text.endswith("FAILED:\n- no speech at 'step 2'\n")


def test_orca_is_never_started_with_replace() -> None:
    # --replace kills every Orca of the user, the one they are listening to as well.
    command = orca_check.orca_command(Path("/tmp/orca-debug.log"))
    assert command[0] == "orca"
    assert not {"--replace", "-r"} & set(command)


def test_orcas_search_for_other_orcas_stays_in_its_own_session() -> None:
    assert orca_check.PGREP_SHIM.format(pgrep="/usr/bin/pgrep").endswith('exec /usr/bin/pgrep -s 0 "$@"\n')


@pytest.mark.parametrize(("language", "voice"), [("it", "it"), ("en", "en-us")])
def test_speech_dispatcher_speaks_the_walks_language_without_a_sound_card(
    tmp_path: Path, language: str, voice: str
) -> None:
    folder = orca_check.speech_dispatcher_config(tmp_path / "conf", language, tmp_path / "said", tmp_path / "log")
    speechd = (folder / "speechd.conf").read_text(encoding="utf-8").splitlines()
    assert 'AudioOutputMethod "alsa"' in speechd
    assert 'AudioALSADevice "null"' in speechd
    assert f'DefaultLanguage "{language}"' in speechd
    assert f'AddModule "transcript" "sd_generic" "{folder / "transcript.conf"}"' in speechd
    assert 'DefaultModule "transcript"' in speechd
    # Nothing the check does not start and stop itself.
    assert "DisableAutoSpawn" in speechd
    module = (folder / "transcript.conf").read_text(encoding="utf-8")
    assert f'AddVoice "{language}" "MALE1" "{voice}"' in module
    assert "espeak-ng -v $VOICE" in module
    assert "-w /dev/null" in module
    assert str(tmp_path / "said") in module


def test_speech_dispatcher_runs_in_the_foreground_on_the_checks_own_socket(tmp_path: Path) -> None:
    command = orca_check.speech_dispatcher_command(tmp_path / "conf", tmp_path / "speechd.sock", tmp_path / "log")
    assert command[:2] == ["speech-dispatcher", "--run-single"]
    assert command[command.index("--socket-path") + 1] == str(tmp_path / "speechd.sock")
    assert command[command.index("--config-dir") + 1] == str(tmp_path / "conf")
    assert "--spawn" not in command
