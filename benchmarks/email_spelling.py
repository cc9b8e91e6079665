"""How long the email skill's offline spelling takes (Hunspell dictionaries read by
spylls): loading a dictionary, and checking a 200-word email (the underlines are redrawn
as the learner types), in each language. Then, side by side in fresh processes, the load
as Tutor does it (compact words) and as spylls does it alone (the baseline): seconds and
peak resident memory of the process (Linux)."""

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor import spelling

TEXTS = {
    "en": "Dear Ms Njeri, thank you for the interview yesterday. I am still very interested "
          "in the housekeeping job and I can start on Monday. Kind regards, Amina. ",
    "fr": "Madame Petit, je vous remercie pour l'entretien d'hier. Le poste m'intéresse "
          "toujours beaucoup et je peux commencer lundi. Cordialement, Amina. ",
    "ar": "السيدة نجيري، أشكرك على المقابلة أمس. ما زلت مهتمة جدا بالعمل ويمكنني أن أبدأ "
          "يوم الاثنين. مع التحية، أمينة. ",
    "sw": "Bi Njeri, asante kwa usaili wa jana. Bado ninavutiwa sana na kazi hii na ninaweza "
          "kuanza Jumatatu. Wako, Amina. ",
}

for language, sentence in TEXTS.items():
    start = time.perf_counter()
    spelling.preload(language)
    loaded = time.perf_counter() - start
    words = sentence.split()
    text = " ".join((words * (200 // len(words) + 1))[:200])
    runs = []
    for _ in range(50):
        start = time.perf_counter()
        spelling.misspellings(text, language)
        runs.append(time.perf_counter() - start)
    print(f"{language}: dictionary loaded in {loaded * 1000:.0f} ms; a 200-word email "
          f"checked in {statistics.median(runs) * 1000:.2f} ms (median of 50)")


LOAD = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from tutor.paths import resource as asset
from tutor import spelling
start = time.perf_counter()
if sys.argv[2] == "tutor":
    spelling.preload(sys.argv[1])
else:
    from spylls.hunspell import Dictionary
    Dictionary.from_files(str(asset("assets", "dictionaries", spelling.DICTIONARIES[sys.argv[1]])))
# VmHWM: this process's own peak (ru_maxrss would carry the parent's across exec)
peak = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("VmHWM:"))
print(time.perf_counter() - start, peak / 1024)
"""
root = str(Path(__file__).resolve().parents[1])
for language in TEXTS:
    figures = {}
    for how in ("tutor", "spylls"):
        out = subprocess.run([sys.executable, "-c", LOAD, language, how, root], check=True,
                             capture_output=True, text=True).stdout.split()
        figures[how] = float(out[0]), float(out[1])
    (t_ours, m_ours), (t_base, m_base) = figures["tutor"], figures["spylls"]
    print(f"{language}: load {t_ours:.2f} s, peak {m_ours:.0f} MB (spylls alone: "
          f"{t_base:.2f} s, {m_base:.0f} MB)")
