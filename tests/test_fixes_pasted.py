"""Words people paste: emoji, files saved as UTF-16, curly quotes in values, placeholder typos.
(The YAML-level cases are in tests/broken/ with their exact messages.)"""

import pytest

from handprint.errors import SpecError
from handprint.layout import page as layout
from tests import spec_api as spec


def problems(path) -> list[str]:
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    return [str(p) for p in info.value.problems]


def test_emoji_say_remove_or_draw_and_the_variation_selector_is_not_its_own_error(tmp_spec):
    path = tmp_spec("title: T\nblocks:\n  - text: I feel 😀 and ❤️ today\n")
    assert problems(path) == [
        f"{path}:3: emoji cannot be printed (U+1F600 '😀', U+2764 '❤') in this text: remove "
        "them, or use a drawing as an icon (an illustration block)"]


def test_a_skin_tone_is_part_of_its_emoji(tmp_spec):
    path = tmp_spec("title: T\nblocks:\n  - text: Good 👍🏽\n")
    (message,) = problems(path)
    assert "emoji cannot be printed (U+1F44D '👍')" in message and "1F3FD" not in message


def test_a_lone_variation_selector_says_delete_it(tmp_spec):
    path = tmp_spec("title: T\nblocks:\n  - text: Step one\ufe0f\n")
    assert problems(path) == [f"{path}:3: U+FE0F is an invisible character that asks for "
                              "emoji style (in this text): delete it"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_file_saved_as_utf16_with_bom_is_read(tmp_path, codec):
    path = tmp_path / "s.yaml"
    text = "title: Reparación\r\nblocks:\r\n  - text: Hola, ¿qué tal?\r\n"
    bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
    path.write_bytes(bom + text.encode(codec))
    s = spec.load(path)
    assert s.title == "Reparación" and s.blocks[0].text == "Hola, ¿qué tal?"


def test_binary_is_still_binary(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(SpecError, match="is a binary file"):
        spec.load(path)


def test_curly_quoted_choice_and_size_say_so(tmp_spec):
    path = tmp_spec("title: T\nkind: “poster”\nsize: “letter”\nblocks:\n  - text: a\n")
    found = problems(path)
    assert len(found) == 2 and all("curly quotes" in f and 'straight quotes "' in f
                                   for f in found)
    assert found[0].startswith(f"{path}:2: kind") and found[1].startswith(f"{path}:3: unknown")


def test_placeholder_did_you_mean_uses_vars(tmp_spec):
    path = tmp_spec("title: T\nblocks:\n  - text: Ask {therapst}.\n")
    with pytest.raises(SpecError) as info:
        spec.load(path, spec.Options(values=(("therapist", "Dr. Ames"),)))
    assert "(did you mean 'therapist'?)" in str(info.value.problems[0])


def test_straight_quotes_and_apostrophes_still_work(tmp_spec):
    path = tmp_spec("title: T\nblocks:\n  - text: \"Remember: it’s ok\"\n"
                    "  - list:\n      - \"Slow your breathing: breathe out\"\n"
                    "  - text: ‘Quoted’ words print as written\n")
    s = spec.load(path)
    assert s.blocks[0].text == "Remember: it’s ok"
    assert s.blocks[2].text == "‘Quoted’ words print as written"
