package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.page.Page;

/**
 * A short tone made in the browser with the Web Audio API: no sound file to fetch. Browsers let a
 * page play sound only after the person has used it, so the first click or key press on the console
 * wakes the audio up. Each tone played is counted in {@code window.portalBeeps}, which a test can
 * read.
 */
final class Beep {

  private static final String PREPARE =
      "if (!window.portalAudio) {"
          + "  window.portalBeeps = window.portalBeeps || 0;"
          + "  const wake = () => {"
          + "    const Audio = window.AudioContext || window.webkitAudioContext;"
          + "    if (!Audio) { return; }"
          + "    window.portalAudio = window.portalAudio || new Audio();"
          + "    if (window.portalAudio.state === 'suspended') { window.portalAudio.resume(); }"
          + "  };"
          + "  document.addEventListener('pointerdown', wake, true);"
          + "  document.addEventListener('keydown', wake, true);"
          + "}";

  private static final String PLAY =
      "window.portalBeeps = (window.portalBeeps || 0) + 1;"
          + "try {"
          + "  const Audio = window.AudioContext || window.webkitAudioContext;"
          + "  if (!Audio) { return; }"
          + "  const audio = window.portalAudio || (window.portalAudio = new Audio());"
          + "  if (audio.state === 'suspended') { audio.resume(); }"
          + "  const tone = audio.createOscillator();"
          + "  const volume = audio.createGain();"
          + "  const now = audio.currentTime;"
          + "  tone.type = 'sine';"
          + "  tone.frequency.setValueAtTime(880, now);"
          + "  tone.frequency.setValueAtTime(660, now + 0.15);"
          + "  volume.gain.setValueAtTime(0.0001, now);"
          + "  volume.gain.exponentialRampToValueAtTime(0.3, now + 0.02);"
          + "  volume.gain.exponentialRampToValueAtTime(0.0001, now + 0.35);"
          + "  tone.connect(volume);"
          + "  volume.connect(audio.destination);"
          + "  tone.start(now);"
          + "  tone.stop(now + 0.4);"
          + "} catch (e) { /* no sound is not worth an error: the visual cue is there */ }";

  private Beep() {}

  static void prepare(Page page) {
    page.executeJs(PREPARE);
  }

  static void play(Page page) {
    page.executeJs(PLAY);
  }
}
