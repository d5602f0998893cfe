<#
.SYNOPSIS
  Makes a folder that runs Mamori on any Windows 10/11 desktop, without installing anything and
  without administrator rights: mamori.exe and mamori-cli.exe from a build, the Qt DLLs and plugins
  (windeployqt), Qt's Japanese and English translations, the DLLs vcpkg built, the VC++ runtime,
  the sample ward and the notes on fonts and licences. Optionally zips it.

.EXAMPLE
  # In a "Developer PowerShell for VS 2022", after cmake --build build:
  .\packaging\windows\deploy.ps1 -BuildDir build -OutDir dist\Mamori -Zip

.NOTES
  windeployqt is taken from -QtBin, else from PATH (install-qt-action and the Qt installer's
  command prompt put Qt's bin there). The CPack ZIP and MSI (packaging/README.md) hold the same
  files; this script is for a quick portable copy and for checking a deployment by hand.
#>
[CmdletBinding()]
param(
    [string]$BuildDir = "build",
    [string]$OutDir = "dist\Mamori",
    [ValidateSet("Release", "RelWithDebInfo", "MinSizeRel", "Debug")]
    [string]$Config = "Release",
    [string]$QtBin = "",
    [switch]$Zip
)

$ErrorActionPreference = "Stop"
$source = Resolve-Path (Join-Path $PSScriptRoot "..\..")

function Find-Program([string]$name) {
    # Ninja puts the program in its target's folder; Visual Studio adds a folder per configuration.
    $found = Get-ChildItem -Path $BuildDir -Recurse -Filter $name -File |
        Where-Object { $_.DirectoryName -notmatch "CMakeFiles|_CPack_Packages" } |
        Sort-Object @{ Expression = { $_.DirectoryName -match "\\$Config$" }; Descending = $true }, LastWriteTime -Descending |
        Select-Object -First 1
    if (-not $found) { throw "${name} is not in ${BuildDir}; build it first (cmake --build ${BuildDir})" }
    return $found
}

$gui = Find-Program "mamori.exe"
$cli = Find-Program "mamori-cli.exe"

$windeployqt = if ($QtBin) { Join-Path $QtBin "windeployqt.exe" } else { (Get-Command windeployqt.exe -ErrorAction SilentlyContinue).Source }
if (-not $windeployqt -or -not (Test-Path $windeployqt)) {
    throw "windeployqt.exe not found: pass -QtBin <Qt>\bin or put Qt's bin folder on PATH"
}

if (Test-Path $OutDir) { Remove-Item -Recurse -Force $OutDir }
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
$OutDir = (Resolve-Path $OutDir).Path

# The programs and the DLLs beside them (vcpkg copies libzip, zlib, libxlsxwriter there).
foreach ($program in @($gui, $cli)) {
    Copy-Item $program.FullName $OutDir
    Get-ChildItem -Path $program.DirectoryName -Filter "*.dll" -File | Copy-Item -Destination $OutDir -Force
}

# Qt: DLLs, plugins and translations (translations\qt_ja.qm, qt_en.qm: Qt's own dialogs in Japanese).
$mode = if ($Config -eq "Debug") { "--debug" } else { "--release" }
& $windeployqt $mode --translations "ja,en" --no-system-d3d-compiler --no-opengl-sw --dir $OutDir `
    (Join-Path $OutDir "mamori.exe") (Join-Path $OutDir "mamori-cli.exe")
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed ($LASTEXITCODE)" }
if (-not (Test-Path (Join-Path $OutDir "translations\qt_ja.qm"))) {
    Write-Warning "translations\qt_ja.qm was not made: Qt's own dialogs will be in English (install Qt's translations)"
}

# The VC++ runtime beside the programs, so that nothing has to be installed (Developer PowerShell sets
# VCToolsRedistDir).
if ($env:VCToolsRedistDir) {
    $crt = Get-ChildItem -Path (Join-Path $env:VCToolsRedistDir "x64") -Directory -Filter "Microsoft.VC*.CRT" |
        Select-Object -First 1
    if ($crt) { Copy-Item (Join-Path $crt.FullName "*.dll") $OutDir -Force }
} else {
    Write-Warning "VCToolsRedistDir is not set (not a Developer PowerShell): the VC++ runtime DLLs are not copied"
}

# The sample ward, and the notes a user or IT reads first.
New-Item -ItemType Directory -Force -Path (Join-Path $OutDir "sample") | Out-Null
Copy-Item (Join-Path $source "resources\sample\sample-ward.json") (Join-Path $OutDir "sample")
Copy-Item (Join-Path $source "packaging\windows\FONTS.txt") $OutDir
Copy-Item (Join-Path $source "packaging\LICENSE.txt") $OutDir
Copy-Item (Join-Path $source "packaging\THIRD-PARTY-NOTICES.txt") $OutDir

# A check that the folder stands on its own: mamori-cli answers without Qt's own folder on PATH.
$saved = $env:PATH
$savedPlugins = $env:QT_PLUGIN_PATH
try {
    $env:PATH = "$OutDir;$env:SystemRoot\System32;$env:SystemRoot"
    $env:QT_PLUGIN_PATH = $null
    $version = & (Join-Path $OutDir "mamori-cli.exe") --version
    if ($LASTEXITCODE -ne 0) { throw "the deployed mamori-cli.exe does not start ($LASTEXITCODE)" }
    Write-Host "deployed: $version in $OutDir"
} finally {
    $env:PATH = $saved
    $env:QT_PLUGIN_PATH = $savedPlugins
}

if ($Zip) {
    $archive = "$OutDir.zip"
    if (Test-Path $archive) { Remove-Item -Force $archive }
    Compress-Archive -Path $OutDir -DestinationPath $archive
    Write-Host "zipped: $archive"
}
