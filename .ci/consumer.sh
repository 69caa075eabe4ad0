#!/usr/bin/env bash
# Proves the packages work for someone outside the repository: a fresh console project in a temporary folder references
# Nq52Metrics BY VERSION from the local package folder only (package source mapping; every other package comes from
# nuget.org), runs the package README's quick start and checks its output; then the nq52 tool is installed from the
# folder and run.
#   .ci/consumer.sh PACKAGE_DIR VERSION
set -uo pipefail
cd "$(dirname "$0")/.."
packages=$(cd "${1:?package folder}" && pwd)
version=${2:?package version}
readme=$(pwd)/docs/package-readme.md

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0
fail() { echo "consumer: $*"; failures=$((failures + 1)); }

cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$packages" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Nq52Metrics*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

# 1. A console app whose Program.cs is the package README's first C# block.
mkdir app
cat > app/app.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Nq52Metrics" Version="[$version]" />
  </ItemGroup>
</Project>
XML
awk '/^```csharp$/ {inside=1; next} /^```$/ && inside {exit} inside {print}' "$readme" > app/Program.cs
[ -s app/Program.cs ] || fail "no C# block in docs/package-readme.md"
if dotnet run --project app -c Release > app.out 2> app.err; then
  grep -qxF "1. Hà Nội  PII 68.74 (Input 75.27, Output 62.20)" app.out || fail "the PII line is not in the output: $(head -n 3 app.out)"
  grep -qE '^1\. Unit A  [0-9]+\.[0-9]{2}$' app.out || fail "the ranking of the in-memory index is not in the output"
  [ "$(grep -cE '^[0-9]+\. Unit [A-Z]  ' app.out)" -eq 3 ] || fail "expected 3 ranked units"
  grep -q "/nq52metrics/$version/" app/obj/project.assets.json 2>/dev/null \
    || grep -qi "\"Nq52Metrics/$version\"" app/obj/project.assets.json || fail "the app did not restore Nq52Metrics $version"
else
  fail "the README quick start did not build or run:"
  tail -n 20 app.err app.out
fi

# 2. The tool, installed from the folder.
if dotnet tool install --tool-path tools Nq52Metrics.Cli --version "$version" > tool.log 2>&1; then
  if tools/nq52 --help > help.out 2>&1; then
    grep -q "pii" help.out || fail "nq52 --help does not list the pii command"
  else
    fail "nq52 --help failed: $(head -n 5 help.out)"
  fi
  tools/nq52 pii build > pii.out 2>&1 || fail "nq52 pii build failed: $(head -n 5 pii.out)"
  grep -q "SAMPLE" pii.out || fail "nq52 pii build on the sample does not say SAMPLE"
else
  fail "the tool did not install:"
  tail -n 20 tool.log
fi

if [ "$failures" -eq 0 ]; then
  echo "consumer: passed (library $version by version from the local folder, tool installed and run)"
fi
[ "$failures" -eq 0 ]
