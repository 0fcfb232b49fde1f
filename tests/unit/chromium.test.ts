import { describe, expect, it } from 'vitest';
import { candidates, chromiumPath, findChromium, isExecutableFile, type Machine } from '../../src/plugins/chromium';

/** A machine on which exactly `files` exist. */
function machine(platform: NodeJS.Platform, env: Machine['env'], files: string[], home = '/home/ed'): Machine {
  return { platform, env, home, exists: (file) => files.includes(file) };
}

describe('findChromium', () => {
  it('CHROMIUM_PATH wins over everything found', () => {
    expect(findChromium(machine('linux', { CHROMIUM_PATH: '/opt/mine/chrome', PATH: '/usr/bin' }, ['/opt/mine/chrome', '/usr/bin/chromium']))).toBe('/opt/mine/chrome');
  });

  it('CHROMIUM_PATH set to a missing file fails, naming the variable and the path, without searching', () => {
    expect(() => findChromium(machine('linux', { CHROMIUM_PATH: '/nowhere/chromium', PATH: '/usr/bin' }, ['/usr/bin/chromium']))).toThrowErrorMatchingInlineSnapshot(
      `[Error: CHROMIUM_PATH is set to "/nowhere/chromium", which is not an executable file. Set it to the path of a Chromium or Chrome executable, or unset it to use the first browser found in the usual places.]`,
    );
  });

  it('an empty CHROMIUM_PATH counts as unset', () => {
    expect(findChromium(machine('linux', { CHROMIUM_PATH: '', PATH: '/usr/bin' }, ['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
  });

  it('Linux: a browser on PATH comes before the usual places, in PATH order', () => {
    const files = ['/usr/bin/chromium', '/home/ed/bin/google-chrome', '/usr/local/bin/chromium'];
    expect(findChromium(machine('linux', { PATH: '/home/ed/bin:/usr/local/bin:/usr/bin' }, files))).toBe('/usr/local/bin/chromium');
    expect(findChromium(machine('linux', { PATH: '/home/ed/bin' }, files))).toBe('/home/ed/bin/google-chrome');
  });

  it('Linux: Ubuntu snap and Google Chrome are found when PATH is empty', () => {
    expect(findChromium(machine('linux', {}, ['/snap/bin/chromium']))).toBe('/snap/bin/chromium');
    expect(findChromium(machine('linux', {}, ['/opt/google/chrome/chrome']))).toBe('/opt/google/chrome/chrome');
    expect(findChromium(machine('linux', {}, ['/usr/bin/google-chrome-stable', '/snap/bin/chromium']))).toBe('/snap/bin/chromium');
  });

  it('macOS: Chromium, then Chrome, then Edge, in /Applications or ~/Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const myChromium = '/Users/ed/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium(machine('darwin', { PATH: '/usr/bin' }, [chrome], '/Users/ed'))).toBe(chrome);
    expect(findChromium(machine('darwin', { PATH: '/usr/bin' }, [chrome, myChromium], '/Users/ed'))).toBe(myChromium);
    expect(findChromium(machine('darwin', {}, ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))).toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
  });

  it('Windows: per-user installations first, then Program Files; Edge as the last resort', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ed\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const systemChrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const userChrome = 'C:\\Users\\ed\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(machine('win32', env, [systemChrome, edge]))).toBe(systemChrome);
    expect(findChromium(machine('win32', env, [systemChrome, userChrome, edge]))).toBe(userChrome);
    expect(findChromium(machine('win32', env, [edge]))).toBe(edge);
  });

  it('none found: one message naming CHROMIUM_PATH, where it looked and how to install Chromium', () => {
    expect(() => findChromium(machine('linux', { PATH: '/usr/bin' }, []))).toThrowErrorMatchingInlineSnapshot(
      `[Error: No Chromium found, and the build renders its Mermaid diagrams in Chromium (the tests run in it too). Looked for chromium, chromium-browser, google-chrome-stable, google-chrome on PATH, then /usr/bin/chromium, /usr/bin/chromium-browser, /snap/bin/chromium, /usr/bin/google-chrome-stable, /usr/bin/google-chrome, /opt/google/chrome/chrome. To fix: install Chromium (Debian: \`sudo apt-get install chromium\`; Ubuntu: \`sudo snap install chromium\`) or Google Chrome, or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.]`,
    );
    expect(() => findChromium(machine('darwin', {}, [], '/Users/ed'))).toThrow(/brew install --cask chromium.*CHROMIUM_PATH/);
    expect(() => findChromium(machine('win32', { PROGRAMFILES: 'C:\\Program Files' }, []))).toThrow(
      /Looked for C:\\Program Files\\Chromium\\Application\\chrome\.exe, .*Google Chrome.*CHROMIUM_PATH/,
    );
  });
});

describe('candidates', () => {
  it('Windows skips the roots that are not set, and does not search PATH', () => {
    expect(candidates({ platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files', PATH: 'C:\\Windows' }, home: 'C:\\Users\\ed' })).toEqual([
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
  });
  it('an empty PATH entry is not the current directory', () => {
    expect(candidates({ platform: 'linux', env: { PATH: '::/usr/bin:' }, home: '/home/ed' }).filter((c) => !c.startsWith('/'))).toEqual([]);
  });
});

describe('on this machine', () => {
  it('isExecutableFile: a directory or a missing file is not one', () => {
    expect(isExecutableFile(process.execPath)).toBe(true);
    expect(isExecutableFile(import.meta.dirname)).toBe(false);
    expect(isExecutableFile(`${import.meta.dirname}/no-such-browser`)).toBe(false);
  });
  it('chromiumPath() returns an executable or says what to do', () => {
    let found: string | undefined;
    let failure: unknown;
    try {
      found = chromiumPath();
    } catch (error) {
      failure = error;
    }
    if (found) expect(isExecutableFile(found)).toBe(true);
    else expect(String(failure)).toMatch(/CHROMIUM_PATH/);
  });
});
