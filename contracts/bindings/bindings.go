// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// KappaHubCampaignInfo is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignInfo struct {
	Requester        common.Address
	Arbiter          common.Address
	ReputationSource common.Address
	Stake            *big.Int
	ManifestRoot     [32]byte
	ManifestCid      string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	MaxGold          uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	ReviewWindow     uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Unreserved       *big.Int
	Reserved         *big.Int
	Closed           bool
	CloseTime        *big.Int
}

// KappaHubCampaignParams is an auto generated low-level Go binding around an user-defined struct.
type KappaHubCampaignParams struct {
	Arbiter          common.Address
	ReputationSource common.Address
	Stake            *big.Int
	ManifestRoot     [32]byte
	ManifestCid      string
	K                uint8
	Q                uint8
	LabelBits        uint8
	NumLabels        uint16
	MultiLabel       bool
	MaxGoldMisses    uint8
	MaxGold          uint8
	Lanes            uint16
	ClaimWindow      uint32
	CommitWindow     uint32
	RevealWindow     uint32
	GoldWindow       uint32
	DisputeWindow    uint32
	ReviewWindow     uint32
	EndTime          uint64
	SeniorReputation uint32
	ReviewerFee      *big.Int
	Tiers            []KappaHubTier
	Deposit          *big.Int
}

// KappaHubChunkLeaf is an auto generated low-level Go binding around an user-defined struct.
type KappaHubChunkLeaf struct {
	ChunkId        uint64
	Tier           uint8
	Size           uint16
	TasksRoot      [32]byte
	GoldCommitment [32]byte
}

// KappaHubGold is an auto generated low-level Go binding around an user-defined struct.
type KappaHubGold struct {
	Present bool
	Mask    []*big.Int
	Labels  []*big.Int
	Salt    [32]byte
}

// KappaHubSeatReveal is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSeatReveal struct {
	Seat     *big.Int
	Labels   []*big.Int
	Salt     [32]byte
	LabelDoc [32]byte
}

// KappaHubSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSignedClaim struct {
	Seat     *big.Int
	Deadline *big.Int
	R        [32]byte
	Vs       [32]byte
}

// KappaHubSignedCommit is an auto generated low-level Go binding around an user-defined struct.
type KappaHubSignedCommit struct {
	Seat       *big.Int
	Commitment [32]byte
	R          [32]byte
	Vs         [32]byte
}

// KappaHubTier is an auto generated low-level Go binding around an user-defined struct.
type KappaHubTier struct {
	Reward        *big.Int
	MinReputation uint32
}

// CampaignLibMetaData contains all meta data concerning the CampaignLib contract.
var CampaignLibMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"NothingToReclaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"}]",
	ID:  "442ce66285050e5dfeef28f4ec0d0cbe97",
	Bin: "0x60808060405234601b57611cb290816100208239308160070152f35b5f80fdfe6080604052307f0000000000000000000000000000000000000000000000000000000000000000146004361015610034575f80fd5b5f3560e01c80637fa702a81461176757806397d915b614611156578063c8f4f3931461111b578063e50b630c14611047578063fe38c1bc14610f485763ffaf749e1461007e575f80fd5b610f44576080366003190112610f445767ffffffffffffffff60643511610f445761030060643536036003190112610f445760ff6100c060a460643501611ad1565b16158015610f2a575b610f005760ff6100dd60c460643501611ad1565b16158015610ed7575b8015610ea8575b610e7e5760ff61010160e460643501611ad1565b16600181141580610e73575b80610e68575b80610e5d575b80610e52575b80610e47575b610e155761013861012460643501611aee565b15610d8a57610104606435019061ffff61015183611adf565b1615918215610d72575b5050610d40575b61ffff61017461018460643501611adf565b16158015610d23575b610cf55760ff61019261016460643501611ad1565b1615610cc5576001600160601b036101ae604460643501611b56565b1615610c97576101c96102c460643501606435600401611afb565b9050158015610c77575b610c49575f5b6101ee6102c460643501606435600401611afb565b9050811015610263576001600160801b036102266102218361021b6102c460643501606435600401611afb565b90611bc6565b611b7f565b1615610234576001016101d9565b6040516305519d6f60e51b81526020600482015260066024820152651c995dd85c9960d21b6044820152606490fd5b6102726101a460643501611b45565b63ffffffff806102876101c460643501611b45565b1691161115610c1557603c63ffffffff6102a66101c460643501611b45565b1610610be057603c63ffffffff6102c26101e460643501611b45565b1610610bab57603c63ffffffff6102de61020460643501611b45565b1610610b7857610e1063ffffffff6102fb61022460643501611b45565b1610610b425763ffffffff61031561024460643501611b45565b16610e108101809111610b2e5763ffffffff61033661022460643501611b45565b1610610af95761034b61026460643501611b6a565b67ffffffffffffffff4291161115610ac9576001600160a01b03610373600460643501611b31565b16158015610aaa575b610a7a5760648035013515610a455761039f608460643501606435600401611b93565b905015610a115760043560010180546001600160a01b0319163317905560ff6103cc60643560a401611ad1565b16600435549061ff006103e360c460643501611ad1565b60081b1662ff00006103f960e460643501611ad1565b60101b1664ffff00000061041261010460643501611adf565b60181b169261042661012460643501611aee565b151560281b9066ff00000000000061044361014460643501611ad1565b60301b169165ff000000000060ff60381b61046361016460643501611ad1565b60381b169561ffff60401b61047d61018460643501611adf565b60401b16976104976102c460643501606435600401611afb565b905060ff60501b9060501b169960ff60501b199761ffff60401b199660ff60381b199466ff000000000000199387199264ffff000000199162ffffff191617161716171617169116171617161717176004355561054d6104fb606435600401611b31565b60043560020180546001600160a01b0319166001600160a01b0390921691909117815561052d60643561024401611b45565b815463ffffffff60a01b191660a09190911b63ffffffff60a01b16179055565b6064356024016001600160a01b0361056482611b31565b16610a035750335b60043560030180546001600160a01b0319166001600160a01b0390921691909117815561059d606435604401611b56565b81546001600160a01b031660a09190911b6001600160a01b0319161790556105ca6064356101a401611b45565b600435805463ffffffff60601b191660609290921b63ffffffff60601b169190911790556106266106006064356101c401611b45565b600435805463ffffffff60801b191660809290921b63ffffffff60801b16919091179055565b61065e6106386101e460643501611b45565b600435805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b61069961067061020460643501611b45565b600435600101805463ffffffff60a01b191660a09290921b63ffffffff60a01b16919091179055565b6106a861022460643501611b45565b600160043501546106be61026460643501611b6a565b60043580546001600160c01b031660c09290921b6001600160c01b0319169190911790556001600160e01b03196106fa60643561028401611b45565b60e01b169163ffffffff60c01b9060c01b169060018060c01b031617176001600435015561072d6102a460643501611b7f565b6001600160801b0360056004350191166001600160801b03198254161790556064803501356006600435015561076d608460643501606435600401611b93565b6007600435019067ffffffffffffffff81116109ef5761078d82546118e3565b601f81116109aa575b505f601f8211600114610949578192935f9261093e575b50508160011b915f199060031b1c19161790555b6004356008015f5b6107de6102c460643501606435600401611afb565b905081101561087e576108008161021b6102c460643501606435600401611afb565b9061080b8184611933565b92909261086b576001926108456020836001600160801b0361082f61086596611b7f565b166001600160801b031985541617845501611b45565b815463ffffffff60801b191660809190911b63ffffffff60801b16179055565b016107c9565b634e487b7160e01b5f525f60045260245ffd5b5f5b61ffff61089261018460643501611adf565b168110156108b257806001915f526024356020528160405f205501610880565b6108c0606435600401611b31565b6108d4608460643501606435600401611b93565b91826040519260648035013584526040602085015281604085015260608401375f6060848401015260018060a01b0316917f7727ac46ca99b16adcc0cba808dac7c66a5fb0f0a687ded5dfc486ae7e467442339260608160443594601f80199101168101030190a4005b0135905083806107ad565b601f19821693835f5260205f20915f5b8681106109925750836001959610610979575b505050811b0190556107c1565b01355f19600384901b60f8161c1916905583808061096c565b90926020600181928686013581550194019101610959565b825f5260205f20601f830160051c810191602084106109e5575b601f0160051c01905b8181106109da5750610796565b5f81556001016109cd565b90915081906109c4565b634e487b7160e01b5f52604160045260245ffd5b610a0c90611b31565b61056c565b6040516305519d6f60e51b815260206004820152600b60248201526a1b585b9a59995cdd10da5960aa1b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b1b585b9a59995cdd149bdbdd60a21b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600760248201526630b93134ba32b960c91b6044820152606490fd5b50610ab9606435600401611b31565b6001600160a01b0316331461037c565b6040516305519d6f60e51b8152602060048201526007602482015266656e6454696d6560c81b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b72657669657757696e646f7760a01b6044820152606490fd5b634e487b7160e01b5f52601160045260245ffd5b6040516305519d6f60e51b815260206004820152600d60248201526c6469737075746557696e646f7760981b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600a602482015269676f6c6457696e646f7760b01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b72657665616c57696e646f7760a01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600c60248201526b636f6d6d697457696e646f7760a01b6044820152606490fd5b6040516305519d6f60e51b815260206004820152600b60248201526a636c61696d57696e646f7760a81b6044820152606490fd5b6040516305519d6f60e51b8152602060048201526005602482015264746965727360d81b6044820152606490fd5b506008610c8f6102c460643501606435600401611afb565b9050116101d3565b6040516305519d6f60e51b81526020600482015260056024820152647374616b6560d81b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260076024820152661b585e11dbdb1960ca1b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260056024820152646c616e657360d81b6044820152606490fd5b5061040061ffff610d3961018460643501611adf565b161161017d565b6040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b61ffff919250610d8190611adf565b16115f8061015b565b61010460643501600261ffff610d9f83611adf565b1610918215610de2575b505015610162576040516305519d6f60e51b81526020600482015260096024820152686e756d4c6162656c7360b81b6044820152606490fd5b6010811092509082610df8575b50505f80610da9565b61ffff919250610e09600191611adf565b921b9116115f80610def565b6040516305519d6f60e51b81526020600482015260096024820152686c6162656c4269747360b81b6044820152606490fd5b506020811415610125565b50601081141561011f565b506008811415610119565b506004811415610113565b50600281141561010d565b6040516305519d6f60e51b81526020600482015260016024820152607160f81b6044820152606490fd5b50610eb760c460643501611ad1565b6101fe60ff610eca60a460643501611ad1565b169160011b1611156100ed565b50610ee660c460643501611ad1565b60ff80610ef760a460643501611ad1565b169116116100e6565b6040516305519d6f60e51b81526020600482015260016024820152606b60f81b6044820152606490fd5b50600860ff610f3d60a460643501611ad1565b16116100c9565b5f80fd5b50610f445760a0366003190112610f4457600435610f6461188f565b6044359160643591608435916001600160a01b03831690818403610f445760018101546001600160a01b0316330361103057600401946001600160801b038654169586861161101557604061100287897f305562e9ab693717ce09b35c4baa6c4bd39d3ea9a791c79319dbb833b5e8df31946001600160801b0380610fec856110139f61196a565b16166001600160801b031982541617905561196a565b8151908882526020820152a3611c31565b005b8686836314ed2e8d60e21b5f5260045260245260445260645ffd5b856358ea1a2760e01b5f526004523360245260445ffd5b50610f44576080366003190112610f445761106c61106361188f565b60643590611977565b60048035018054906001600160801b0361109561108b85838616611ac4565b9360801c84611ac4565b116110ec576001600160801b03808316166001600160801b0319825416179055604051918252602082015233907f9a98994924b3f454e430a7e3c884aa145467ff2913f30a4b4c428a25797c7975604060443592a3005b6040516305519d6f60e51b8152602060048201526006602482015265185b5bdd5b9d60d21b6044820152606490fd5b50610f44576040366003190112610f44576004356001600160a01b0381168103610f445761114e60209160243590611977565b604051908152f35b6020366003190112610f4457604051610380810181811067ffffffffffffffff8211176109ef57604052606060a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e08201525f6102008201525f6102208201525f6102408201525f6102608201525f6102808201525f6102a08201525f6102c082015260606102e08201525f6103008201525f6103208201525f6103408201525f6103608201526001600435015460018060a01b0381168252600260043501549060018060a01b03821660208401526003600435015460018060a01b038116604085015260a01c606084015260066004350154608084015260076004350160405190815f825492611289846118e3565b80845293600181169081156117455750600114611701575b506112ae925003826118c1565b60a084015263ffffffff600435549260ff841660c086015260ff8460081c1660e086015260ff8460101c1661010086015261ffff8460181c1661012086015260ff8460281c16151561014086015260ff8460301c1661016086015260ff8460381c1661018086015261ffff8460401c166101a0860152818460601c166101c0860152818460801c166101e0860152818460a01c16610200860152818360a01c16610220860152818360c01c1661024086015260a01c166102608401528160c01c61028084015260e01c6102a08301526001600160801b0360056004350154166102c08301526113a260ff8260501c1661191b565b6113af60405191826118c1565b605082901c60ff16808252601f19906113c79061191b565b015f5b8181106116de5750506102e08301525f5b60ff8260501c168110611681575060ff906004803501546001600160801b03811661030085015260801c61032084015260581c161515610340820152611422600435611bd6565b6103608201526040516020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b0360408301511660608201526001600160601b036060830151166080820152608082015160a0820152602060a083015161038060c08401528051918291826103a0860152016103c084015e5f6103c0828401015260ff60c08401511660e083015260ff60e08401511661010083015260ff6101008401511661012083015261ffff61012084015116610140830152610140830151151561016083015260ff6101608401511661018083015260ff610180840151166101a083015261ffff6101a0840151166101c083015263ffffffff6101c0840151166101e083015263ffffffff6101e08401511661020083015263ffffffff6102008401511661022083015263ffffffff6102208401511661024083015263ffffffff6102408401511661026083015263ffffffff6102608401511661028083015267ffffffffffffffff610280840151166102a083015263ffffffff6102a0840151166102c08301526001600160801b036102c0840151166102e08301526102e083015190601f196103c084601f19601f850116810103010161030084015260206103e0835192836103c0601f19601f84011688010152601f80199101168501019201905f5b81811061165057505050610360836103008495015161032085015261032081015161034085015261034081015115158285015201516103808301520390f35b825180516001600160801b0316855260209081015163ffffffff168186015260409094019390920191600101611611565b806116d781611697600194600860043501611933565b506102e08701519063ffffffff604051916116b1836118a5565b546001600160801b038116835260801c1660208201526116d18383611956565b52611956565b50016113db565b6020906040516116ed816118a5565b5f81525f83820152828286010152016113ca565b90505f9291925260205f20905f915b8183106117295750509060206112ae92820101876112a1565b6020919350806001915483858801015201910190918392611710565b9050602092506112ae94915060ff191682840152151560051b820101876112a1565b50610f44576080366003190112610f445760043561178361188f565b906064356001600160a01b038116604435818303610f445760018401546001600160a01b03163303611879576117b884611bd6565b80421115611863575060048401936001600160801b038554169460ff825460581c168061185b575b6118485780546fffffffffffffffffffffffffffffffff19169055805460ff60581b1916600160581b1790556040518481527f223b12ab607ec2f061dec352893f3efd7762d44abdaca13fc7b25ef963bf8a5490602090a38161183f57005b61101392611c31565b82632d924c8b60e01b5f5260045260245ffd5b5085156117e0565b9063041317bd60e51b5f5260045260245260445ffd5b6358ea1a2760e01b5f526004523360245260445ffd5b602435906001600160a01b0382168203610f4457565b6040810190811067ffffffffffffffff8211176109ef57604052565b90601f8019910116810190811067ffffffffffffffff8211176109ef57604052565b90600182811c92168015611911575b60208310146118fd57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916118f2565b67ffffffffffffffff81116109ef5760051b60200190565b60088210156119425701905f90565b634e487b7160e01b5f52603260045260245ffd5b80518210156119425760209160051b010190565b91908203918211610b2e57565b6040516370a0823160e01b8152306004820152906001600160a01b03811690602083602481855afa928315611a54575f93611a90575b50604051936323b872dd60e01b5f52336004523060245260445260205f60648180855af19060015f5114821615611a71575b50836040525f60605215611a5f57826024816020936370a0823160e01b82523060048301525afa8015611a54575f90611a20575b611a1d925061196a565b90565b506020823d602011611a4c575b81611a3a602093836118c1565b81010312610f4457611a1d9151611a13565b3d9150611a2d565b6040513d5f823e3d90fd5b635274afe760e01b5f5260045260245ffd5b6001821516611a87573b15153d1516165f6119df565b843d5f823e3d90fd5b9092506020813d602011611abc575b81611aac602093836118c1565b81010312610f445751915f6119ad565b3d9150611a9f565b91908201809211610b2e57565b3560ff81168103610f445790565b3561ffff81168103610f445790565b358015158103610f445790565b903590601e1981360301821215610f44570180359067ffffffffffffffff8211610f4457602001918160061b36038313610f4457565b356001600160a01b0381168103610f445790565b3563ffffffff81168103610f445790565b356001600160601b0381168103610f445790565b3567ffffffffffffffff81168103610f445790565b356001600160801b0381168103610f445790565b903590601e1981360301821215610f44570180359067ffffffffffffffff8211610f4457602001918136038313610f4457565b91908110156119425760061b0190565b611a1d9063ffffffff611c266001611c16845484611c0b611bff828460601c168460c01c611ac4565b828460801c1690611ac4565b9160a01c1690611ac4565b93015492828460a01c1690611ac4565b9160c01c1690611ac4565b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615611c91575b60405215611c715750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b906001811516611ca957823b15153d15161690611c66565b503d5f823e3d90fd",
}

// CampaignLib is an auto generated Go binding around an Ethereum contract.
type CampaignLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CampaignLib) GetABI() abi.ABI {
	return c.abi
}

// NewCampaignLib creates a new instance of CampaignLib.
func NewCampaignLib() *CampaignLib {
	parsed, err := CampaignLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CampaignLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CampaignLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// CampaignLibCampaignCreated represents a CampaignCreated event raised by the CampaignLib contract.
type CampaignLibCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	ManifestCid  string
	Raw          *types.Log // Blockchain specific contextual infos
}

const CampaignLibCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (CampaignLibCampaignCreated) ContractEventName() string {
	return CampaignLibCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string manifestCid)
func (campaignLib *CampaignLib) UnpackCampaignCreatedEvent(log *types.Log) (*CampaignLibCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibCampaignCreated)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibCampaignReclaimed represents a CampaignReclaimed event raised by the CampaignLib contract.
type CampaignLibCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (CampaignLibCampaignReclaimed) ContractEventName() string {
	return CampaignLibCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (campaignLib *CampaignLib) UnpackCampaignReclaimedEvent(log *types.Log) (*CampaignLibCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibEscrowWithdrawn represents a EscrowWithdrawn event raised by the CampaignLib contract.
type CampaignLibEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (CampaignLibEscrowWithdrawn) ContractEventName() string {
	return CampaignLibEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (campaignLib *CampaignLib) UnpackEscrowWithdrawnEvent(log *types.Log) (*CampaignLibEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CampaignLibFunded represents a Funded event raised by the CampaignLib contract.
type CampaignLibFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const CampaignLibFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (CampaignLibFunded) ContractEventName() string {
	return CampaignLibFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (campaignLib *CampaignLib) UnpackFundedEvent(log *types.Log) (*CampaignLibFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != campaignLib.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CampaignLibFunded)
	if len(log.Data) > 0 {
		if err := campaignLib.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range campaignLib.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (campaignLib *CampaignLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return campaignLib.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return campaignLib.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return campaignLib.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return campaignLib.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["NothingToReclaim"].ID.Bytes()[:4]) {
		return campaignLib.UnpackNothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], campaignLib.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return campaignLib.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CampaignLibCampaignNotOver represents a CampaignNotOver error raised by the CampaignLib contract.
type CampaignLibCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func CampaignLibCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (campaignLib *CampaignLib) UnpackCampaignNotOverError(raw []byte) (*CampaignLibCampaignNotOver, error) {
	out := new(CampaignLibCampaignNotOver)
	if err := campaignLib.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibInsufficientUnreserved represents a InsufficientUnreserved error raised by the CampaignLib contract.
type CampaignLibInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func CampaignLibInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (campaignLib *CampaignLib) UnpackInsufficientUnreservedError(raw []byte) (*CampaignLibInsufficientUnreserved, error) {
	out := new(CampaignLibInsufficientUnreserved)
	if err := campaignLib.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibInvalidParameter represents a InvalidParameter error raised by the CampaignLib contract.
type CampaignLibInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func CampaignLibInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (campaignLib *CampaignLib) UnpackInvalidParameterError(raw []byte) (*CampaignLibInvalidParameter, error) {
	out := new(CampaignLibInvalidParameter)
	if err := campaignLib.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibNotRequester represents a NotRequester error raised by the CampaignLib contract.
type CampaignLibNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func CampaignLibNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (campaignLib *CampaignLib) UnpackNotRequesterError(raw []byte) (*CampaignLibNotRequester, error) {
	out := new(CampaignLibNotRequester)
	if err := campaignLib.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibNothingToReclaim represents a NothingToReclaim error raised by the CampaignLib contract.
type CampaignLibNothingToReclaim struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func CampaignLibNothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0x2d924c8be737b4689d110b7acfac76889bcce03af7d945d084f30e65b639a9d0")
}

// UnpackNothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func (campaignLib *CampaignLib) UnpackNothingToReclaimError(raw []byte) (*CampaignLibNothingToReclaim, error) {
	out := new(CampaignLibNothingToReclaim)
	if err := campaignLib.abi.UnpackIntoInterface(out, "NothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CampaignLibSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the CampaignLib contract.
type CampaignLibSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func CampaignLibSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (campaignLib *CampaignLib) UnpackSafeERC20FailedOperationError(raw []byte) (*CampaignLibSafeERC20FailedOperation, error) {
	out := new(CampaignLibSafeERC20FailedOperation)
	if err := campaignLib.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubMetaData contains all meta data concerning the KappaHub contract.
var KappaHubMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"BalanceOverflow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"CampaignEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"name\":\"CampaignNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ChunkTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"ClaimWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DisputeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"EmptyCommitment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"FinalizeTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"distinct\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"GoldNotStratified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"GoldRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnreserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"InvalidChunkProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"InvalidLabel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"InvalidSeat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"LabelsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"LaneBusy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"}],\"name\":\"NotDisputed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotReviewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"NotSeatHolder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToBurn\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"NothingToReclaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"ReputationTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealTooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"RevealWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ReviewerIsAnnotator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"}],\"name\":\"ReviewersFirst\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SeatTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"StaleRecord\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooMuchGold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"UnknownCampaign\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"UnknownLane\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"WrongLabelCount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Burned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"}],\"name\":\"CampaignCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CampaignReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tier\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"openedAt\",\"type\":\"uint256\"}],\"name\":\"ChunkOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"ChunkReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimedAt\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"revealAt\",\"type\":\"uint256\"}],\"name\":\"Committed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"name\":\"DisputesExpired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"accepted\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"disputeMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"goldRevealed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"released\",\"type\":\"uint256\"}],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainingDisputes\",\"type\":\"uint256\"}],\"name\":\"Resolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"Revealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumReputationRegistry.Reason\",\"name\":\"reason\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"matched\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"missed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"stake\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"int256\",\"name\":\"repDelta\",\"type\":\"int256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reputation\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGREE_GAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"CLAIM_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"COMMIT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISAGREE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOLD_MISS_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LAPSE_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LANES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_DISPUTE_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NO_REVEAL_LOSS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"START_REPUTATION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"credited\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tasksPaid\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"campaignCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"campaignInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"closeTime\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignInfo\",\"name\":\"info\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"}],\"name\":\"chunkTaken\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SignedClaim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"goldCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.ChunkLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimOpen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"commitAndReveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SignedCommit[]\",\"name\":\"commits\",\"type\":\"tuple[]\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"createCampaign\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"arbiter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputationSource\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bytes32\",\"name\":\"manifestRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"k\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"q\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"labelBits\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"numLabels\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"multiLabel\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"maxGoldMisses\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxGold\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"lanes\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"claimWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"commitWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"revealWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"goldWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"disputeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"reviewWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"endTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"seniorReputation\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"reviewerFee\",\"type\":\"uint128\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"reward\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"minReputation\",\"type\":\"uint32\"}],\"internalType\":\"structKappaHub.Tier[]\",\"name\":\"tiers\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"internalType\":\"structKappaHub.CampaignParams\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"createCampaignWithPermit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"creditedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"unreserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"bool\",\"name\":\"present\",\"type\":\"bool\"},{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.Gold\",\"name\":\"gold\",\"type\":\"tuple\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"laneHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"}],\"name\":\"laneHashes\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ledger\",\"type\":\"address\"}],\"name\":\"reputationOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"taskMask\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"finalLabels\",\"type\":\"uint256[]\"}],\"name\":\"resolve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"seat\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"}],\"internalType\":\"structKappaHub.SeatReveal[]\",\"name\":\"reveals\",\"type\":\"tuple[]\"}],\"name\":\"revealBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"rec\",\"type\":\"uint256[]\"}],\"name\":\"settleExpired\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unburned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"keep\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawUnreserved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "f66bb8764734ff24f7bfa856f4957fe692",
	Bin: "0x60a0346100cf57601f61601238819003918201601f19168301916001600160401b038311848410176100d3578084926020946040528339810103126100cf57516001600160a01b0381168082036100cf57156100a157608052604051615f2a90816100e88239608051818181610329015281816103de015281816119fa01528181611bfc01528181612018015281816121c1015281816149560152614a2f0152f35b6040516305519d6f60e51b81526020600482015260056024820152643a37b5b2b760d91b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6103e06040526004361015610012575f80fd5b5f3560e01c80630a800d5b146127f25780630c0c2ec51461279f57806324556f92146127665780632555872e146125b857806326f5ac241461257557806327a2084a1461223a57806328bbe5cd1461221e57806328ed4f6c1461215657806329e9cb4c1461213b5780632d1d2c131461211e5780632d2a8d9c146120e457806337479beb146120aa5780633e4c6ab01461208f57806344df8e7014611fc75780634fb18d1714611fac57806352b65c4b14611f915780636b0509b114611f575780637274e30d14611f3a578063766c5f2514611f1f57806377a8be3a14611ef057806378ab64d814611e6c5780637dc701a314611e515780638086b8ba14611e015780638644059914611dc15780638bbd329c14611d555780638c6d73f914611c615780638f9da7b514611b7e578063a65e2cfd14611b43578063b6b55f25146119d2578063bb2238ec1461131a578063c5735bee146112c0578063cbeab516146112a4578063cc59c36d1461091c578063cd33009f146108ca578063d213c0f2146108ad578063d5f70cb014610853578063d85ae8d214610644578063da88ec831461057d578063e700f21914610562578063eaedcdc9146104c3578063f3fef3a314610358578063fc0c546a14610314578063fccc2813146102f8578063fd361ccb146102285763fec1ea5014610209575f80fd5b34610224575f36600319011261022457602060405160038152f35b5f80fd5b346102245760203660031901126102245760043561ffff610248826150cc565b5460401c169061027061025a83612f7e565b926102686040519485612ee5565b808452612f7e565b602083019190601f19013683375f5b83518110156102b357600190825f52600560205260405f20815f5260205260405f20546102ac8287612fe4565b520161027f565b505090604051918291602083019060208452518091526040830191905f5b8181106102df575050500390f35b82518452859450602093840193909201916001016102d1565b34610224575f36600319011261022457602060405161dead8152f35b34610224575f366003190112610224576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461022457604036600319011261022457610371612e3e565b6024359061037d61491d565b5f91335f525f60205260405f2054906001600160801b038216818111610498575b50505081156104855760018060a01b0316806040518381527fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb60203392a37f0000000000000000000000000000000000000000000000000000000000000000916040519163a9059cbb60e01b5f5260045260245260205f60448180865af19060015f5114821615610464575b60405215610444575f5f516020615f0a5f395f51905f525d005b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b90600181151661047c57823b15153d1516169061042a565b503d5f823e3d90fd5b636e34ee0b60e11b5f523360045260245ffd5b6104af929450906104a891612f51565b8093612f51565b335f525f60205260405f205582808061039e565b346102245760a0366003190112610224576004356001600160401b0381116102245761030060031982360301126102245760443560ff811681036102245761053260209261050f61491d565b61052a6102e482013593608435906064359060243587614952565b6004016155af565b9080610552575b505f5f516020615f0a5f395f51905f525d604051908152f35b61055c90826149e0565b82610539565b34610224575f36600319011261022457602060405160058152f35b34610224576105ad61058e36612dc3565b989094979561059f87959395614847565b9860ff8a5416918989614a6d565b966001600160401b036105bf89612fc7565b51166105df6105d5878c888833878e3046615dad565b33858c8b87614beb565b64ffffffffff6105ee8a612fc7565b5160881c1615610632575091610630989391888761060c9795614e39565b916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b005b63ee66961960e01b5f5260045260245ffd5b346102245761067161065536612d47565b959091949261066384614847565b9560ff875416918686614a6d565b936001600160401b0361068386612fc7565b51169061068e614b2b565b965f5b8181106106c257610630888888916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b6106cd818387612ff8565b602081013580421161083b5781359160ff8654168310156108245764ffffffffff6106f78c612fc7565b5160601c16916001600160ff1b0384168403610810578360011b60020180600211610810576107be936107ae926107308f938e94612fe4565b516040519260208401947f216a30202268c2a39fe3f382131afb5503f53051e569227c1e551dc64645fe90865260408501528c606085015288608085015260a084015260c083015260e082015260e0815261078d61010082612ee5565b5190208d6042916040519161190160f01b8352600283015260228201522090565b6040606083013592013590614bc3565b5060048193929310156107fc576107e657600192916107e0918b8b8b89615952565b01610691565b85633afd402b60e11b5f5260045260245260445ffd5b634e487b7160e01b5f52602160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8287634ab40a2760e01b5f5260045260245260445ffd5b5084630f88f04960e41b5f526004523560245260445ffd5b34610224576080366003190112610224576004356044356024356001600160401b038211610224576106309261060c61089361089e943690600401612cf3565b949061066384614847565b93339085858560643593615952565b34610224575f366003190112610224576020604051620f42408152f35b346102245760a0366003190112610224576004356044356024356001600160401b038211610224576106309261060c61089361090a943690600401612cf3565b93608435903390868560643592614beb565b346102245760c0366003190112610224576044356001600160401b0381116102245761094c903690600401612cf3565b906064356001600160401b0381116102245761096c903690600401612cf3565b60a4356001600160401b0381116102245761098b903690600401612cf3565b9290946109996004356150cc565b906109bc6109a5613028565b9683549260ff841691828a52602435600435614a6d565b946109c686612fc7565b51936001600160401b0385166020890152600260ff8660581c161480159061129a575b8015611283575b6112665764ffffffffff8560b01c1698600185015499610a1963ffffffff8c60c01c1682612f44565b80421161124c57505f5b8a51811015610a8a576001600160ff1b0381168103610810578060011b600201806002116108105733906001600160a01b0390610a60908d612fe4565b511614610a6f57600101610a23565b60208b0151637aec6d2b60e11b5f526004523360245260445ffd5b509697959689969291908b336001600160a01b03821614611231576003880154610abd906001600160a01b0316336147c9565b9060e01c116111e6575b50610aec61ffff8960481c168060408a015260ff8760101c16908160608b01526151e2565b8060808901528085036111c85750610b068983858a61520d565b600160608801511b92835f19810111610810576060880151958615610c8c5760ff8160281c165f146111b45761ffff60019160181c161b989096919495985b5f995b60408a01518b1015610caf5760018b1b6084351615610ca057610b6f81610100048c6147fb565b97816101000415610c8c57610b8f60608c01518d84610100049006612f31565b975f198801610b9f8b8484614805565b358a1c169a848c1015610c71575f8f8e5b51821015610c5357908e8e8e8e8e8e60019760a087015189891b1615610c4757610bf0610bf6935f190195610bea8a6101208b0151613117565b51612f44565b91614805565b35901c1603610c2b576101400151610c2182610c1b610c158285613117565b51614815565b92613117565b525b018f8e610bb0565b6101600151610c4182610c1b610c158285613117565b52610c23565b50505050505050610c23565b5050949c9198509492995060019198505b0199919790929596610b48565b8d60208e01516307409eb760e51b5f5260045260245260445ffd5b634e487b7160e01b5f52601260045260245ffd5b96959290979199600190610c64565b888789868d610cd0610cca60ff8a60401c1660088501612e9f565b50612f06565b5f915f946101608201935b8251871015610f0f5760a08301516001881b1615610f0657610d0287610140850151613117565b5196610d0f818751613117565b5191610d2f610d286001600160801b038851168b612f31565b8092612f44565b602086015160018a0154919a6001600160a01b03909216949091906001600160ff1b0385168503610810578460011b6002018060021161081057610d7b8f9160018060a01b0392612fe4565b51169382800460011483151715610810578160011b8281046002148315171561081057610da89084613128565b9080610e95575b5f9282610dff575b6001985060405194600486526020860152604085015260608401525f608084015260a083015260c08201525f516020615eea5f395f51905f5260e060043592a45b0195610cdb565b9250875f52600160205260405f2060018060a01b0387165f52602052610e2860405f2054615933565b92828401935f8486129112908015821691151617610810575f8412610e8d575b620f42408413610e82575b60018401808511610810576001995f528960205260405f208a8060a01b0389165f5260205260405f2055610db7565b620f42409350610e53565b5f9350610e48565b855f525f60205260405f2054610eb4826001600160801b038316612f44565b906001600160801b038211610ef357610edd866001600160401b038060a01b9360a01c16612f44565b60a01b1617865f525f60205260405f2055610daf565b8763b323377560e01b5f5260045260245ffd5b95600190610df8565b888489939488610f206084356150f9565b92610f386001600160801b0360058401541685612f31565b9586916020850151836110ee575b61100f8461100a6001600160801b03956004610fd46110789c610fce8c8b60209f9e9d8f6110199d83610fc492819f946005956040519187835260208c908401525f604084015260608301525f60808301525f60a08301525f60c083015233915f516020615eea5f395f51905f5260e08f3592a45191511690612f31565b9201541690612f44565b90612f31565b98019761100a610fea8783168b5460801c613008565b8a546001600160801b031660809190911b6001600160801b031916178a55565b612f51565b1682845416612f5e565b166001600160801b031982541617905561103284612fd4565b51608435191693846110b057506004355f526005825260405f206024355f528252600160405f20555b015193604051956084358752608060208801526080870191614823565b91604085015260608401527fc6646887e1895dd736df424077e04a48748bbf8f75061f8b82988d768d2437df339380600435930390a4005b80856110be6110e993612fd4565b52602435600435916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b61105b565b9594939250335f525f60205260405f2054611112896001600160801b038316612f44565b956001600160801b0387116111a1578961100a6001600160801b03956004610fd485610fce8b6110789f60209f8f6110199d8f610fc492819f61100f9f968f9196600597611171869a6001600160401b038060a01b9360a01c16612f44565b60a01b1617335f5260205f905260405f20559f505050509d5050505050509c505050955050949596509050610f46565b63b323377560e01b5f523360045260245ffd5b61ffff9060181c1698909691949598610b45565b846020890151635e52baa360e11b5f5260045260245260445260645ffd5b60028701546001600160a01b0381163303611231579063ffffffff61120f9260a01c1690612f44565b80421015610ac75760208801516349d9792760e01b5f5260045260245260445ffd5b60208901516321f7861160e21b5f526004523360245260445ffd5b60208b015163b80257bd60e01b5f5260045260245260445ffd5b602088015163b071391160e01b5f5260045260843560245260445ffd5b5061128d87612fd4565b51196084351615156109f0565b50608435156109e9565b34610224575f366003190112610224576020604051610e108152f35b34610224576040366003190112610224576112d9612e3e565b6001600160a01b036112e9612e28565b165f52600160205260405f209060018060a01b03165f52602052602061131260405f2054615933565b604051908152f35b34610224576020366003190112610224575f61036060405161133b81612eae565b828152826020820152826040820152826060820152826080820152606060a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a0820152826101c0820152826101e08201528261020082015282610220820152826102408201528261026082015282610280820152826102a0820152826102c082015260606102e082015282610300820152826103208201528261034082015201526113fc6004356150cc565b60405190634bec8adb60e11b825260048201525f8160248173__$442ce66285050e5dfeef28f4ec0d0cbe97$__5af49081156119c7575f91611680575b506040516020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b0360408301511660608201526001600160601b036060830151166080820152608082015160a0820152602060a083015161038060c08401528051918291826103a0860152016103c084015e5f6103c08284010152601f801991011681016103c0810160ff60c08501511660e084015260ff60e08501511661010084015260ff6101008501511661012084015261ffff61012085015116610140840152610140840151151561016084015260ff6101608501511661018084015260ff610180850151166101a084015261ffff6101a0850151166101c084015263ffffffff6101c0850151166101e084015263ffffffff6101e08501511661020084015263ffffffff6102008501511661022084015263ffffffff6102208501511661024084015263ffffffff6102408501511661026084015263ffffffff610260850151166102808401526001600160401b03610280850151166102a084015263ffffffff6102a0850151166102c08401526001600160801b036102c0850151166102e084015260206103e06102e086015193601f196103c087830301016103008701528451809452019201905f5b81811061164f57505050610360836103008495015161032085015261032081015161034085015261034081015115158285015201516103808301520390f35b825180516001600160801b0316855260209081015163ffffffff168186015260409094019390920191600101611610565b90503d805f833e6116918183612ee5565b810190602081830312610224578051906001600160401b03821161022457016103808183031261022457604051906116c882612eae565b6116d181614766565b82526116df60208201614766565b60208301526116f060408201614766565b604083015260608101516001600160601b03811681036102245760608301526080810151608083015260a08101516001600160401b03811161022457810183601f820112156102245780516001600160401b0381116119b35760405191611761601f8301601f191660200184612ee5565b818352856020838301011161022457815f9260208093018386015e8301015260a083015261179160c0820161477a565b60c08301526117a260e0820161477a565b60e08301526117b4610100820161477a565b6101008301526117c76101208201614788565b6101208301526117da6101408201614797565b6101408301526117ed610160820161477a565b610160830152611800610180820161477a565b6101808301526118136101a08201614788565b6101a08301526118266101c082016147a4565b6101c08301526118396101e082016147a4565b6101e083015261184c61020082016147a4565b61020083015261185f61022082016147a4565b61022083015261187261024082016147a4565b61024083015261188561026082016147a4565b6102608301526102808101516001600160401b0381168103610224576102808301526118b46102a082016147a4565b6102a08301526118c76102c082016147b5565b6102c08301526102e08101516001600160401b0381116102245781019280601f85011215610224578351936118fb85612f7e565b916119096040519384612ee5565b85835260208084019660061b8301019181831161022457602001955b828710611974575050508293506102e06103609301526103008101516103008401526103208101516103208401526119606103408201614797565b610340840152015161036082015281611439565b604087830312610224576020604091825161198e81612eca565b6119978a6147b5565b81526119a4838b016147a4565b83820152815201960195611925565b634e487b7160e01b5f52604160045260245ffd5b6040513d5f823e3d90fd5b34610224576020366003190112610224576119eb61491d565b60405163c8f4f39360e01b81527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031660048083019190915235602482015260208160448173__$442ce66285050e5dfeef28f4ec0d0cbe97$__5af49081156119c7575f91611b11575b5080611ab5575b60405190600782525f60208301525f604083015260608201525f60808201525f60a08201525f60c08201525f805f516020615eea5f395f51905f5260e03394a45f5f516020615f0a5f395f51905f525d005b335f525f60205260405f2054611ad4826001600160801b038316612f44565b906001600160801b0382116111a15760a01c6001600160401b0316335f525f6020526001600160401b0360a01b9060a01b161760405f2055611a63565b90506020813d602011611b3b575b81611b2c60209383612ee5565b81010312610224575181611a5c565b3d9150611b1f565b3461022457611b6c611b5436612d31565b90611b5d61491d565b611b6681614847565b506149e0565b5f5f516020615f0a5f395f51905f525d005b34610224576060366003190112610224576044356001600160a01b038116906004359082900361022457611bb061491d565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__90611bcf81614847565b91803b15610224575f9260a4916040519586948593633f8e306f60e21b8552600485015260018060a01b037f00000000000000000000000000000000000000000000000000000000000000001660248501526044840152602435606484015260848301525af480156119c757611c51575f5f516020615f0a5f395f51905f525d005b5f611c5b91612ee5565b80611b6c565b34610224576080366003190112610224576004356024356044356001600160401b03811161022457611c97903690600401612cf3565b92606435936001600160401b03851161022457611cbc611cd694953690600401612cf3565b949093611cc884614847565b9260ff845416918886614a6d565b905f95607e1985360301965b86811015611d2b578060051b860135908882121561022457611d256001928801611d0f60208201826130e2565b60608301359260408101359290358a8c8b614e39565b01611ce2565b610630848387916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b34610224576020366003190112610224576004356001600160401b03811161022457610300600319823603011261022457602090611d9161491d565b6102e4611da0826004016155af565b9101358061055257505f5f516020615f0a5f395f51905f525d604051908152f35b34610224576020366003190112610224576001600160a01b03611de2612e3e565b165f525f60205260206001600160801b0360405f205416604051908152f35b34610224576020366003190112610224576001600160a01b03611e22612e3e565b165f525f6020526040805f20546001600160401b038251916001600160801b038116835260a01c166020820152f35b34610224575f366003190112610224576020604051600a8152f35b346102245760a0366003190112610224576044356001600160401b03811161022457611e9c903690600401612cf3565b906064356001600160401b03811161022457611ebc903690600401612cf3565b90608435936001600160401b0385116102245760806003198636030112610224576106309460040193602435600435613150565b3461022457611efe36612d31565b905f52600560205260405f20905f52602052602060405f2054604051908152f35b34610224575f36600319011261022457602060405160018152f35b34610224575f366003190112610224576020600354604051908152f35b34610224575f3660031901126102245760206040517f216a30202268c2a39fe3f382131afb5503f53051e569227c1e551dc64645fe908152f35b34610224575f366003190112610224576020604051603c8152f35b34610224575f36600319011261022457602060405160648152f35b34610224575f36600319011261022457611fdf61491d565b6002548015612080575f6002557fd83c63197e8e676d80ab0122beba9a9d20f3828839e9a1d6fe81d242e9cd7e6e6020604051838152a17f0000000000000000000000000000000000000000000000000000000000000000906040519063a9059cbb60e01b5f5261dead60045260245260205f60448180865af19060015f51148216156104645760405215610444575f5f516020615f0a5f395f51905f525d005b634c3215c360e11b5f5260045ffd5b34610224575f36600319011261022457602060405160088152f35b34610224575f3660031901126102245760206040517f9acbf29bcae0f88f4849e6f357f016c08f873dc7befbda551423fa54097f49758152f35b34610224576020366003190112610224576040600461210381356150cc565b01548151906001600160801b038116825260801c6020820152f35b34610224575f366003190112610224576020600254604051908152f35b34610224575f36600319011261022457602060405160028152f35b3461022457604036600319011261022457600435612172612e28565b9061217b61491d565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__9061219a816150cc565b91803b1561022457604051630ff4e05560e31b815260048101939093526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081166024850152604484019290925292166064820152905f90829060849082905af480156119c757611c51575f5f516020615f0a5f395f51905f525d005b34610224575f3660031901126102245760206040516104008152f35b34610224576060366003190112610224576024356004356044356001600160401b03811161022457612270903690600401612cf3565b61228e61227e8493946150cc565b9360ff8554169283918786614a6d565b9361229885612fc7565b51946001600160401b038616946122ae82612fd4565b5193600260ff8960581c160361255e576122df63ffffffff600184015460c01c1664ffffffffff8a60b01c16612f44565b804211156125485750612307610cca60ff6122f9886150f9565b9a60401c1660088501612e9f565b5f935f905b8382106123f25750506123a76001600160801b0361100f8660046123717fcb78175dca9240922621a583b37aff2597add41dfdc59e5492f685fe37253a879c9d9e610fce6123646123ed9c9b9a88809b511690612f31565b8760058c01541690612f44565b96019561100a612387858316895460801c613008565b88546001600160801b031660809190911b6001600160801b031916178855565b166001600160801b0319825416179055855f52600560205260405f20835f52602052600160405f2055604051938493846040919493926060820195825260208201520152565b0390a3005b90946001600160ff1b0386168603610810578560011b600201806002116108105761241d9083612fe4565b5195600360ff8860c81c160361253e578b8b8b61244e6124476001600160801b0389511685612f31565b8096612f44565b996001600160a01b031692856124a6575b60e05f516020615eea5f395f51905f5291600197604051916006835260208301525f604083015260608201525f60808201525f60a08201525f60c0820152a45b019061230c565b5050509091815f525f60205260405f20546124ca826001600160801b038316612f44565b906001600160801b03821161252b575f516020615eea5f395f51905f528f8f93908f939560e0926001999897612510846001600160401b038060a01b9360a01c16612f44565b60a01b1617875f525f60205260405f2055975091505061245f565b8363b323377560e01b5f5260045260245ffd5b600191965061249f565b876399bb138d60e01b5f5260045260245260445ffd5b8663b071391160e01b5f526004525f60245260445ffd5b34610224576106306125b061060c61258c36612dc3565b9599889a6125a28a9b999b979397969496614847565b9260ff845416918c8c614a6d565b998a91614e39565b34610224576125c636612d47565b93926125e66125d6879497614847565b9160ff8354169788918787614a6d565b946001600160401b036125f887612fc7565b5116905f5b81811061262e57610630888888916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b612639818387612ff8565b80358a811015612750576001600160ff1b0381168103610810578060011b600201806002116108105761266c908b612fe4565b5190612706612679614b2b565b936107ae6020820135958c60405160208101917f9acbf29bcae0f88f4849e6f357f016c08f873dc7befbda551423fa54097f4975835260408201528b606082015286608082015264ffffffffff8860a01c1660a08201528860c082015260c081526126e560e082612ee5565b519020906042916040519161190160f01b8352600283015260228201522090565b5060048194929410156107fc571590811591612739575b506107e6579161273391600194938c8b8a614beb565b016125fd565b6001600160a01b038481169116141590508d61271d565b84634ab40a2760e01b5f5260045260245260445ffd5b3461022457602061277636612d31565b905f526006825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b346102245760c03660031901126102245760643560243560043560ff83168303610224576127ed611b6c936127d261491d565b6127db83614847565b5060a435906084359060443586614952565b6149e0565b34610224576101003660031901126102245760243560043560a03660431901126102245760e4356001600160401b03811161022457612835903690600401612cf3565b612840839293614847565b90612849612e68565b936001600160401b038516948354918260c01c421015612ce05761ffff8360401c16881015612ccd57855f52600560205260405f20885f52602052600160405f205403612cba5792612899612e68565b936128a2612e7e565b946128ab612e8e565b9561ffff60c4359760ff604051936001600160401b03602086019616865216604084015216606082015260a43560808201528660a082015260a081526128f260c082612ee5565b519020604051602081019182526020815261290e604082612ee5565b51902091600687015492915f915b808310612c7c5750505003612c6957612933612e8e565b9061ffff82169260ff80612945612e7e565b9260501c16911610801590612c61575b8015612c56575b8015612c4e575b612c3b57600160ff82161b90865f52600660205266ffffffffffffff60405f209160081c1690815f5260205260405f205490828216612c2857875f52600660205260405f20905f526020521760405f20556129cb610cca6129c2612e7e565b60088701612e9f565b60208101906129e363ffffffff835116338a89614873565b855490612a1e612a18612a046001600160801b0360ff861694511684612f31565b6001600160801b0360058b01541690612f44565b86612f31565b96600481016001600160801b03815416808a11612c0e576003612aa193612a908e94612a706001600160801b038f8180612a5b83612a9b9b612f51565b1616821985541617845516825460801c612f5e565b81546001600160801b031660809190911b6001600160801b031916179055565b015460a01c88612f31565b336148bd565b60ff821603610810576101fe9060011b166002018060021161081057612ac690612f95565b9168ff0000000000000000612ad9612e7e565b60401b16881790600160581b9263ffffffff60d81b905160d81b16916affff0000000000000000004260601b9260481b1617171717612b1782612fc7565b5282612b2282612fd4565b528051334260a01b17600160c81b17929060021015612bfa5786948694612b92847f9dded27346995565f8745752ac6984e932bae69042090a571bddb9edbfb9227396606060c09701528b88916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b612b9a612e7e565b9260ff604051948c86521660208501526040840152606083015260808201524260a0820152a36040519283525f60208401524260408401527f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f60603394a4005b634e487b7160e01b5f52603260045260245ffd5b898b63bef22b9d60e01b5f5260045260245260445260645ffd5b88637931482560e01b5f5260045260245ffd5b866326858e7f60e01b5f5260045260245ffd5b508315612963565b50610100831161295c565b508215612955565b85631713d4d560e01b5f5260045260245ffd5b909192612c8a848385614805565b359081811015612ca9575f52602052600160405f205b9301919061291c565b905f52602052600160405f20612ca0565b8763f737070f60e01b5f5260045260245ffd5b8763c5ec162360e01b5f5260045260245ffd5b85632684b44f60e11b5f5260045260245ffd5b9181601f84011215610224578235916001600160401b038311610224576020808501948460051b01011161022457565b359060ff8216820361022457565b6040906003190112610224576004359060243590565b9060806003198301126102245760043591602435916044356001600160401b0381116102245782612d7a91600401612cf3565b929092916064356001600160401b0381116102245760040182601f82011215610224578035926001600160401b038411610224576020808301928560071b010111610224579190565b9060e06003198301126102245760043591602435916044356001600160401b0381116102245782612df691600401612cf3565b9290929160643591608435906001600160401b03821161022457612e1c91600401612cf3565b909160a4359060c43590565b602435906001600160a01b038216820361022457565b600435906001600160a01b038216820361022457565b35906001600160a01b038216820361022457565b6044356001600160401b03811681036102245790565b60643560ff811681036102245790565b60843561ffff811681036102245790565b6008821015612bfa5701905f90565b61038081019081106001600160401b038211176119b357604052565b604081019081106001600160401b038211176119b357604052565b90601f801991011681019081106001600160401b038211176119b357604052565b90604051612f1381612eca565b91546001600160801b038116835260801c63ffffffff166020830152565b8181029291811591840414171561081057565b9190820180921161081057565b9190820391821161081057565b906001600160801b03809116911601906001600160801b03821161081057565b6001600160401b0381116119b35760051b60200190565b90612f9f82612f7e565b612fac6040519182612ee5565b8281528092612fbd601f1991612f7e565b0190602036910137565b805115612bfa5760200190565b805160011015612bfa5760400190565b8051821015612bfa5760209160051b010190565b9190811015612bfa5760071b0190565b906001600160801b03809116911603906001600160801b03821161081057565b604051906101c082018281106001600160401b038211176119b3576040525f6101a0838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015261010060405161308f8282612ee5565b813682376101208301526040516130a68282612ee5565b813682376101408301526040516130bd8282612ee5565b81368237610160830152604051906130d58183612ee5565b3682376101808201520152565b903590601e198136030182121561022457018035906001600160401b03821161022457602001918160051b3603831361022457565b906008811015612bfa5760051b0190565b81810392915f13801582851316918412161761081057565b600160ff1b8114610810575f0390565b906131aa959796929491610320526102e0526101205261026052613176610320516150cc565b61028052613182613028565b6102a05261028051546103a05260ff6103a0511691826102a051526102e05161032051614a6d565b610300526131ba61030051612fc7565b51610340526001600160401b0361034051168060206102a0510152600160ff6103405160581c1603614754575061321761ffff6103405160481c168060406102a051015260ff6103a05160101c16908160606102a05101526151e2565b60806102a051015264ffffffffff6103405160881c168015614710575b61324b9063ffffffff6103a05160a01c1690612f44565b916001925f5b6102a051518110156132a8576001600160ff1b0381168103610810578060011b600201806002116108105760ff61328d60039261030051612fe4565b5160c81c16036132a0575b600101613251565b5f9450613298565b509091921580614706575b6146ec576132c361030051612fd4565b5190816145af575b50506132e28161012051610300516102a05161520d565b5f610140526103a05160281c60ff161561459b57600161ffff6103a05160181c161b610140525b61331960806102a0510151612f95565b6102c0526102a05160608101516103c08190529051610380526001901b5f19810111610810575f1960016103c0511b0115610c8c5760e06102a05101516143ae575b506102a05160a081015160c08201511916610360526101208101516101609081526101408201516101e05201516101a0526102605161339e9060208101906130e2565b506133b260406102605101610260516130e2565b506101009081526102a05160e08101511515610180526040808201516102205260808201516102005291015161024052516101c0525f5b610200518110613f64575050610240516101006102a051015260e06102a0510151613f4b575b60e06102a0510151155f5b6102a05151811015613f45576001600160ff1b0381168103610810578060011b600201806002116108105760ff61345660039261030051612fe4565b5160c81c161480613f31575b61346e5760010161341a565b50505f5b61348e610cca60ff6103405160401c1660086102805101612e9f565b60a09081526102805160018101546001600160a01b031660e0526102a051604001516003909101546134c1921c90612f31565b6080525f915f5b6102a05151811015613bef576001600160ff1b0381168114159081610810578060011b60020160021180610810576135098260011b60020161030051612fe4565b519260ff8460c81c168015613be35760031461373d5760206102a0510151613532608051613140565b9060406102a0510151806003029060038204036108105761355290613140565b5f8312613721575b5f83131561371b57825b80613695575b505f90806135f1575b60405193600285525f60208601525f60408601525f6060860152608085015260a084015260c083015260018060a01b038616915f516020615eea5f395f51905f5260e06103205192a461081057610810576103005160019260ff60c81b1916600160ca1b17906135e990600284861b0190612fe4565b525b016134c8565b60e0515f9081526001602090815260408083206001600160a01b038c16845290915290205490915061362290615933565b90808201915f8284129112908015821691151617610810575f821261368d575b620f42408213613682575b600182018083116108105760e0515f9081526001602090815260408083206001600160a01b038d168452909152902055613573565b620f4240915061364d565b5f9150613642565b60018060a01b0388165f525f6020526136bc60405f2054916001600160801b038316612f44565b906001600160801b0382116136fd576001600160a01b0389165f90815260208190526040812067ffffffffffffffff60a01b9290921692909217905561356a565b63b323377560e01b5f9081526001600160a01b038a16600452602490fd5b5f613564565b61373561372d84613140565b600254612f44565b60025561355a565b50506102a05160c001516001821b161561396c57613763816101806102a0510151613117565b519160206102a051015192613779608051613140565b93816005026005810483036108105761379190613140565b945f8112613958575b5f81131561395257805b806138cc575b505f9086613822575b95600196604051948886525f602087015260408601525f6060860152608085015260a084015260c0830152848060a01b038316915f516020615eea5f395f51905f5260e06103205192a48260ca1b9060ff60c81b19161761381c82841b60020161030051612fe4565b526135eb565b60e0515f9081526001602090815260408083206001600160a01b038916845290915290205490915061385390615933565b95808701965f8289129112908015821691151617610810575f87126138c4575b620f424087136138b9575b8691600188018098116108105760e0515f9081526001602090815260408083206001600160a01b038a168452909152902097909755956137b3565b620f4240965061387e565b5f9650613873565b60018060a01b0385165f525f6020526138f360405f2054916001600160801b038316612f44565b906001600160801b038211613934576001600160a01b0386165f90815260208190526040812067ffffffffffffffff60a01b929092169290921790556137aa565b63b323377560e01b5f9081526001600160a01b038716600452602490fd5b5f6137a4565b61396461372d82613140565b60025561379a565b613981816101406102a0979497510151613117565b516139a261399b6001600160801b0360a051511683612f31565b8094612f44565b956139b5836101806102a0510151613117565b519060206102a0510151916139d2856101606102a0510151613117565b51906139e6816101a06102a0510151612f51565b9081800460011482151715610810578060011b908082046002149015171561081057613a1191613128565b5f60805112613bcd575b5f608051135f14613bc757613a3260805188612f44565b80613b3a575b505f9181613a90575b96600197604051965f8852602088015260408701526060860152608051608086015260a085015260c0840152848060a01b0316915f516020615eea5f395f51905f5260e06103205192a46135eb565b60e0515f9081526001602090815260408083206001600160a01b0388168452909152902054909250613ac190615933565b96818801975f838a129112908015821691151617610810575f8812613b32575b620f42408813613b27575b8792600189018099116108105760e0515f9081526001602090815260408083206001600160a01b038916845290915290209890985596613a41565b620f42409750613aec565b5f9750613ae1565b60018060a01b0384165f525f602052613b6160405f2054916001600160801b038316612f44565b906001600160801b038211613ba957613b8a876001600160401b038060a01b9360a01c16612f44565b60a01b161760018060a01b0384165f525f60205260405f20555f613a38565b63b323377560e01b5f9081526001600160a01b038616600452602490fd5b86613a32565b613bdb61372d608051613140565b600255613a1b565b505050600191506135eb565b509190613c27613c106102a051516001600160801b0360a051511690612f31565b6001600160801b0360056102805101541690612f44565b90613e1e57613c5790613c5260406102a0510151613c4c6101006102a05101516150f9565b90612f51565b612f31565b9060046102805101613c99613c796001600160801b038516835460801c613008565b82546001600160801b031660809190911b6001600160801b031916178255565b6001600160801b03613caf8161100f8587612f51565b82546001600160801b03191691161790556102a0516101000151613d9e57610320515f52600560205260405f206102e0515f52602052600160405f20555b60206102a051015191613d136101006102a05101519260e06102a0510151151592612f51565b6040519160a08301936102e051845260a060208501526102c0515180955260c084019460206102c05101905f5b818110613d885750505060408401526060830152608082015261032051917f64e4ee1a4580cbf3f324681f1562206919d26d114bf4e8c84f879010c52723f8919081900390a3565b8251885260209788019790920191600101613d40565b600160591b4260b01b6fffffffffff00000000000000000000ff60581b1961034051161717613dcf61030051612fc7565b526101006102a0510151613de561030051612fd4565b52613e19610300516102e05161032051916020815160051b910120915f52600560205260405f20905f5260205260405f2055565b613ced565b613e30915060406102a0510151612f31565b6001600160801b0381166001600160801b03613e876004610280510192613e7e613e5e82865460801c613008565b85546001600160801b031660809190911b6001600160801b031916178555565b82845416612f5e565b166001600160801b0319825416179055610320515f52600560205260405f206102e0515f52602052600160405f2055600160ff60206102a0510151161b19610320515f52600660205260405f2060206102a051015160081c5f5260205260405f2090815416905560206102a051015190604051906102e051825260208201527fc10a5806d1b1ef6bd5f1d0e4dbf2de70b7db3ec41221fc54365472e171b1197b60406103205192a3565b5060c06102a05101516001821b1615613462565b50613472565b613f5f61028051610260516102a0516153cb565b61340f565b6103c051610220515f196001831b8101900491610100048381020111614380575b5f5f9161018051614366575b5f5b6103805181106142a057505f5b6103805181106141d157505f925f1960016103c0511b01830281165f5b6103805181106140e0575060208660051b6102c0510101525f5b61038051811061405557505082198219821616613ffa575b5050506001016133e9565b5f60c0525b6103c0516101000460c0511015613fef5760016103c05160c051021b8319831983161616614036575b600160c0510160c052613fff565b600160c0516103c051610100048602011b610240511761024052614028565b80600180921b610360511661406b575b01613fd7565b848160051b6101c05101610200810151916140ba575b508160051b6101e05101614094826150f9565b81510190526140b08260051b6101a051019119878917166150f9565b8151019052614065565b6140d7905f19856103c0511b015f190490866103c051915161535d565b8616175f614081565b6001811b61036051166140f6575b600101613fbd565b906001908260051b6101c0510161010081015161040082015190610300830151916102008401928351905f1960ff6103a05160081c1601805f146141c5578089146141b957806002146141af57806003146141a6578060041461419d57806005146141945760061461418a571616905b89198916911616988980925217975f19846103c0511b0102905116179190506140ee565b9190501690614166565b50171690614166565b50505090614166565b50161790614166565b5090501790614166565b50919091171790614166565b505050505f1990614166565b6001811b61036051166141e7575b600101613fa0565b600181015b6103805181106141fc57506141df565b6001811b6103605116614212575b6001016141ec565b61423f5f1960016103c0511b015f19046103c0518360051b6101c05101518560051b6101c051015161535d565b5f5b6002811061425057505061420a565b806001918560051b6101c0510190614291575b6102008101805190610400610300840193845192888086169518905201828216815117905218905201614241565b508360051b6101c05101614263565b8060019160051b5f610200826101c0510101525f610300826101c0510101525f610400826101c05101015282821b61036051166142df575b5001613f93565b86816101605101510160051b6101205101359081816101c05101528491610140516103c0511c1561431c575b506101c0510161010001525f6142d8565b6103c0516101405186821b5f19818101848a1b8a901b8201909104908102858116939092038102928301841c811694841c909116909101821c16901b17198516915061010061430b565b9150508160051b8181850135169061010051013591613f91565b505f1960016103c0516103c0516101000484026102205103021b015f1960016103c0511b015f190416613f85565b5f5b60806102a051015181101561454c576143e18160406102a05101516103c0515f1960016103c0511b015f1904615e9b565b6143fe826143f860206102605101610260516130e2565b90614805565b3516801561454357614420614412826150f9565b6101a06102a0510151612f44565b6101a06102a0510152614440826143f860406102605101610260516130e2565b35905f5b61038051811061445b575050506001905b016143b0565b60019060a06102a051015182821b161561453e576144ea8461449661448c88610bea866101206102a0510151613117565b8961012051614805565b3518836103c05111614535575b60026103c0511161452b575b60046103c05111614521575b60086103c05111614517575b60106103c0511161450d575b5f19846103c0511b015f19049019161984166150f9565b61450582610c1b6101806102a051015193610bea8386613117565b525b01614444565b8060101c176144d3565b8060081c176144c7565b8060041c176144bb565b8060021c176144af565b80841c176144a3565b614507565b50600190614455565b50505f5b6103805181101561335b5760019060ff6103a05160301c1661457a826101806102a0510151613117565b5111614587575b01614550565b60c06102a0510182821b8151179052614581565b61ffff6103a05160181c1661014052613309565b6102605135801515810361022457156146b0575060206102605101906145d882610260516130e2565b6102a05160800151908114801594925061468f575b508215614627575b505061460d57600160e06102a05101525b5f806132cb565b60206102a0510151630f95ced960e11b5f5260045260245ffd5b602091925061468361463f61466892610260516130e2565b939061466e61465760406102605101610260516130e2565b604051968794868601998a91614e1e565b91614e1e565b60606102605101358152038084520182612ee5565b51902014155f806145f5565b9092506146a560406102605101610260516130e2565b90501415915f6145ed565b6146cc915063ffffffff600161028051015460a01c1690612f44565b42116146065760206102a0510151635936730360e01b5f5260045260245ffd5b60206102a05101516346ecef6760e11b5f5260045260245ffd5b50804211156132b3565b5061324b61474d61473a63ffffffff6103a05160601c1664ffffffffff6103405160601c16612f44565b63ffffffff6103a05160801c1690612f44565b9050613234565b63f075432960e01b5f5260045260245ffd5b51906001600160a01b038216820361022457565b519060ff8216820361022457565b519061ffff8216820361022457565b5190811515820361022457565b519063ffffffff8216820361022457565b51906001600160801b038216820361022457565b9060018060a01b03165f52600160205260405f209060018060a01b03165f526020526147f860405f2054615933565b90565b8115610c8c570490565b9190811015612bfa5760051b0190565b5f1981146108105760010190565b81835290916001600160fb1b0383116102245760209260051b809284830137010190565b90614851826150cc565b9160ff835460581c166148615750565b632f37599d60e11b5f5260045260245ffd5b909183156148b75761489291600360018060a01b0391015416906147c9565b9082821061489f57505050565b634eb2fb8360e01b5f5260045260245260445260645ffd5b50505050565b6001600160a01b03165f8181526020819052604090205490926001600160801b03821690838210614902575050906148f491612f51565b905f525f60205260405f2055565b909150635ac0ebdd60e01b5f5260045260245260445260645ffd5b5f516020615f0a5f395f51905f525c6149435760015f516020615f0a5f395f51905f525d565b633ee5aeb560e01b5f5260045ffd5b91937f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169391929091843b15610224575f9460e493869260ff604051998a98899763d505accf60e01b89523360048a01523060248a01526044890152606488015216608486015260a485015260c48401525af16149d45750565b5f6149de91612ee5565b565b73__$442ce66285050e5dfeef28f4ec0d0cbe97$__90805f52600460205260405f2091803b15610224575f926084916040519586948593633942d8c360e21b8552600485015260018060a01b037f0000000000000000000000000000000000000000000000000000000000000000166024850152604484015260648301525af480156119c7576149d45750565b9194939092906001600160ff1b03811681036108105760011b60020180600211610810578103614b1857614aa081612f7e565b94614aae6040519687612ee5565b81865260208601809260051b82019136831161022457905b828210614b0857505050845160051b9020905f52600560205260405f20825f5260205260405f205403614af65750565b63a351454960e01b5f5260045260245ffd5b8135815260209182019101614ac6565b8263a351454960e01b5f5260045260245ffd5b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f965a6a37399d73edefeb3c1f796815ca7f9d128921ec451b20f6976392b3f47260408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152614bbd60c082612ee5565b51902090565b614be4926001600160ff1b038116929160ff91821c601b0190911690615e19565b9192909190565b92919092549460ff861691614bff81612fc7565b51906001600160401b0382169684861015614e0757600186901b906001600160ff1b03871687036108105781600201908160021161081057614c418285612fe4565b516001600160a01b039182169b909182168c14801590614df9575b614de257600160ff8360c81c1614801590614dd1575b614dba5763ffffffff614c939160801c1664ffffffffff8360a01c16612f44565b4211614da3578515614d905760ff60c81b1916600160c91b1790614cb79084612fe4565b526003018060031161081057614cce849183612fe4565b525f935f5f5b828110614d3c57509160609593917f073e8a9a495f5bf2c69b18545812af384191dd3a0fdb51376e6ed0c90f86571597959314614d21575b505060405192835260208301526040820152a4565b909250614d3442934260881b1791612fc7565b525f80614d0c565b6001600160ff1b0381168103610810578060011b600201806002116108105760ff614d6960029287612fe4565b5160c81c1614614d7c575b600101614cd4565b90614d88600191614815565b919050614d74565b8963217d034b60e21b5f5260045260245ffd5b878a63257c973f60e01b5f5260045260245260445ffd5b888b63ddcc733d60e01b5f5260045260245260445ffd5b50600160ff8760581c161415614c72565b888b635e5625fd60e01b5f5260045260245260445ffd5b5060ff8260c81c1615614c5c565b8588634ab40a2760e01b5f5260045260245260445ffd5b91906001600160fb1b0381116102245760051b809282370190565b9597969194939094614e4a81612fc7565b516001600160401b03811697549060ff82168610156150b5576001600160ff1b0386168603610810578560011b600201908160021161081057614e8d8285612fe4565b519260ff8460c81c166003811480156150ab575b61509457600214801590615083575b61506c5764ffffffffff8260881c168015615021575b614eda9063ffffffff8360a01c1690612f44565b421161500e579061ffff60ff614ef89360101c169160481c166151e2565b808803614ff4575098996001600160a01b0382169990614f1f908689878e8e8e3046615dad565b918660011b600301928360031161081057614f3a8486612fe4565b5103614fdd577fd18ff9cb2478dbdf3dde18abacf55af168f0f7c08c960ff07ee43208f1da877f97969594614fd29490939092614fb89260ff60c81b1916600360c81b1790614f899085612fe4565b526040516020810190614faf81614fa1848d8a614e1e565b03601f198101835282612ee5565b51902092612fe4565b526040519485948552606060208601526060850191614823565b9060408301520390a4565b868a6379ce97db60e01b5f5260045260245260445ffd5b878a635e52baa360e11b5f5260045260245260445260645ffd5b8a6310f64c5f60e31b5f5260045260245ffd5b5061505261504263ffffffff8360601c1664ffffffffff8560601c16612f44565b63ffffffff8360801c1690612f44565b804211614ec6578b63ee66961960e01b5f5260045260245ffd5b878b6338935fc760e01b5f5260045260245260445ffd5b50600160ff8360581c161415614eb0565b888c6312b3a2d160e01b5f5260045260245260445ffd5b5060048114614ea1565b8589634ab40a2760e01b5f5260045260245260445ffd5b90815f52600460205260405f209160ff835416156150e75750565b6312a1ae2760e11b5f5260045260245ffd5b7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff7e01000100010001000100010001000100010001000100010001000100010001917f55555555555555555555555555555555555555555555555555555555555555558160011c1690037f3333333333333333333333333333333333333333333333333333333333333333808260021c169116018060041c017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f7e0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f8260081c16911601160260f01c90565b908015610c8c576151f890610100048092612f44565b5f19810191908211610810576147f8916147fb565b9190935f915f925b8451841015615295576001600160ff1b0384168403610810578360011b600201806002116108105760ff61524b6003928a612fe4565b5160c81c160361528c5761528360019160a0870183871b815117905280615277876101208a0151613117565b52608087015190612f44565b935b0192615215565b92600190615285565b919593949092508181036153405750505f5b83518110156148b75760a08401516001821b1615615338576152ce81610120860151613117565b5160808501516040519060051b809260051b85018237206001600160ff1b0382168203610810578160011b600301806003116108105761530e9085612fe4565b510361531e576001905b016152a7565b602084015163e7337b6560e01b5f5260045260245260445ffd5b600190615318565b6020850151635e52baa360e11b5f5260045260245260445260645ffd5b1890600181116153bf575b600281116153b3575b600481116153a7575b60088111615399575b60101061538f57191690565b8060101c17191690565b600882901c90911790615383565b908060041c179061537a565b908060021c1790615371565b908060011c1790615368565b9190926101a0830191825190549060ff8260381c169081811161555e57505060ff8160281c168015615553575b61554c576060840151906001821b905f198201918211610810578215610c8c579582610100045f955f925b60808901518410156154f357615440846143f860208401846130e2565b35998a156154e557615459856143f860408501856130e2565b35975f5b858110806154c6575b156154b05760018d6154788b84612f31565b1c1661548d575b61548890614815565b61545d565b9961548890600160ff8a8d8f8e6154a391612f31565b1c16161b179a905061547f565b50939750936001919a505b019298959195615423565b506154da816154d5888a612f31565b612f44565b60408d015111615466565b936001919a509692966154bb565b509591505061ffff925061550a91509592956150f9565b92519160181c16808210156155445750915b82821061552857505050565b6020015163078f533b60e21b5f5260045260245260445260645ffd5b90509161551c565b5092505050565b5060028351106153f8565b6020860151631b71d27b60e21b5f5260045260245260445260645ffd5b359061ffff8216820361022457565b359063ffffffff8216820361022457565b35906001600160801b038216820361022457565b906155bb600354614815565b80600355809273__$442ce66285050e5dfeef28f4ec0d0cbe97$__90825f52600460205260405f2092805f52600560205260405f20833b15610224576040516001622845b160e11b03198152600481019590955260248501526044840152608060648401526001600160a01b0361563182612e54565b1660848401526001600160a01b0361564b60208301612e54565b1660a484015260408101356001600160601b0381168091036102245760c4840152606081013560e484015236819003601e1901906080810135828112156102245781016020813591016001600160401b038211610224578136038113610224578190610300610104880152816103848801526103a48701375f6103a48287010152601f80199101168401916103a483019060ff6156ea60a08501612d23565b1661012487015260ff6156ff60c08501612d23565b1661014487015260ff61571460e08501612d23565b1661016487015261ffff61572b610100850161557b565b16610184870152610120830135801515809103610224576101a487015260ff6157576101408501612d23565b166101c487015260ff61576d6101608501612d23565b166101e487015261ffff615784610180850161557b565b1661020487015263ffffffff61579d6101a0850161558a565b1661022487015263ffffffff6157b66101c0850161558a565b1661024487015263ffffffff6157cf6101e0850161558a565b1661026487015263ffffffff6157e8610200850161558a565b1661028487015263ffffffff615801610220850161558a565b166102a487015263ffffffff61581a610240850161558a565b166102c48701526102608301356001600160401b038116809103610224576102e487015263ffffffff615850610280850161558a565b166103048701526001600160801b0361586c6102a0850161559b565b166103248701526102c08301359081121561022457820190602082359201936001600160401b038311610224578260061b3603851361022457868103610320016103448801529082905285936103c490910192915f5b8181106158ee57505050825f94926102e08293013561036483015203915af480156119c7576149d45750565b91945091926040806001926001600160801b0361590a8961559b565b16815263ffffffff61591e60208a0161558a565b166020820152019501910191869493926158c2565b63ffffffff16806159445750606490565b5f1981019081116108105790565b939490928454905f9160ff81169661596983612fc7565b516001600160401b03811698600160ff8360581c1603615d9a576159a063ffffffff8560601c1664ffffffffff8460601c16612f44565b4211615d9a57808b1015615d83575f5b818110615d0d57505060018a901b926001600160ff1b038b168b0361081057836002019283600211610810578a916159e88588612fe4565b519060ff8260c81c1680615aca575b5050508261ffff6003615a2b93615a1c63ffffffff615a319860d81c168d8884614873565b015460a01c9160481c16612f31565b876148bd565b6001600160a01b0385164260a01b17600160c81b1790615a519084612fe4565b526003019081600311615ab6577f42b88dafd23de24a099cc2c110b2e37eaa10be250570eb00e63348e5bbdd054f94939291615a8c91612fe4565b5260408051928352602083019690965242958201959095526001600160a01b0390941693606090a4565b634e487b7160e01b83526011600452602483fd5b600191929394501490811591615ce5575b50615cce57600182015460038301546001600160a01b039283169290911690615b1890615b139060a01c61ffff604888901c16612f31565b613140565b975f8912615cba575b5f891315615cb357505f97805b80615c49575b5081895260016020526040892060018060a01b0384165f52602052615b5c60405f2054615933565b60091980820193918b13801591851291821691151617615c3557898312615c2d575b620f42408313615c22575b6001830190818411615c0e5794615a2b948f8f5f516020615eea5f395f51905f5260e08f615a319c9961ffff99600399879e845260016020526040842060018060a01b038a165f5260205260405f2055604051928a84528060208501528060408501526060840152608083015260091960a083015260c0820152a493508295506159f7565b634e487b7160e01b8b52601160045260248bfd5b620f42409250615b89565b899250615b7e565b634e487b7160e01b8a52601160045260248afd5b838a5289602052615c6860408b2054916001600160801b038316612f44565b906001600160801b038211615c9f57848b5260208b905260408b2067ffffffffffffffff60a01b919091169190911790555f615b34565b63b323377560e01b8b52600485905260248bfd5b975f615b2e565b615cc661372d8a613140565b600255615b21565b8b8b632c37e10160e01b5f5260045260245260445ffd5b615d04915063ffffffff9060801c1664ffffffffff8360a01c16612f44565b4211155f615adb565b6001600160ff1b0381168103610810578060011b6002018060021161081057615d369087612fe4565b516001600160a01b038981169190811682149081615d73575b50615d5d57506001016159b0565b8b6302a4851560e61b5f5260045260245260445ffd5b60ff915060c81c1615155f615d4f565b8a8a634ab40a2760e01b5f5260045260245260445ffd5b89638fb6d68760e01b5f5260045260245ffd5b9791969294614bbd96615e03929560409788519a8b9860208a019d8e526001600160601b03199060601b168a8a0152605489015260748801526001600160601b03199060601b16609487015260a8860191614e1e565b9182526020820152036020810184520182612ee5565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411615e90579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156119c7575f516001600160a01b03811615615e8657905f905f90565b505f906001905f90565b5050505f9160039190565b92908015610c8c57615ebc615eb582610100048094612f31565b9283612f44565b831015615ee357613c52615ed292600194612f51565b1b905f198201918211610810571690565b5050509056feb8f37a1ae603de4890df401a44188bc0071f81cccddc890659a77ce37f02fc009b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00",
	Deps: []*bind.MetaData{
		&CampaignLibMetaData,
	},
}

// KappaHub is an auto generated Go binding around an Ethereum contract.
type KappaHub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaHub) GetABI() abi.ABI {
	return c.abi
}

// NewKappaHub creates a new instance of KappaHub.
func NewKappaHub() *KappaHub {
	parsed, err := KappaHubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaHub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaHub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_) returns()
func (kappaHub *KappaHub) PackConstructor(token_ common.Address) []byte {
	enc, err := kappaHub.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) PackAGREEGAIN() []byte {
	enc, err := kappaHub.abi.Pack("AGREE_GAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGREEGAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x766c5f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) TryPackAGREEGAIN() ([]byte, error) {
	return kappaHub.abi.Pack("AGREE_GAIN")
}

// UnpackAGREEGAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x766c5f25.
//
// Solidity: function AGREE_GAIN() view returns(uint256)
func (kappaHub *KappaHub) UnpackAGREEGAIN(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("AGREE_GAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) PackBURNADDRESS() []byte {
	enc, err := kappaHub.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) TryPackBURNADDRESS() ([]byte, error) {
	return kappaHub.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (kappaHub *KappaHub) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) PackCLAIMTYPEHASH() []byte {
	enc, err := kappaHub.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return kappaHub.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37479beb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) PackCOMMITTYPEHASH() []byte {
	enc, err := kappaHub.abi.Pack("COMMIT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOMMITTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37479beb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) TryPackCOMMITTYPEHASH() ([]byte, error) {
	return kappaHub.abi.Pack("COMMIT_TYPEHASH")
}

// UnpackCOMMITTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37479beb.
//
// Solidity: function COMMIT_TYPEHASH() view returns(bytes32)
func (kappaHub *KappaHub) UnpackCOMMITTYPEHASH(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("COMMIT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackDISAGREELOSS() []byte {
	enc, err := kappaHub.abi.Pack("DISAGREE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISAGREELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29e9cb4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackDISAGREELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("DISAGREE_LOSS")
}

// UnpackDISAGREELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29e9cb4c.
//
// Solidity: function DISAGREE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackDISAGREELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("DISAGREE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackGOLDMISSLOSS() []byte {
	enc, err := kappaHub.abi.Pack("GOLD_MISS_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOLDMISSLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe700f219.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackGOLDMISSLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("GOLD_MISS_LOSS")
}

// UnpackGOLDMISSLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe700f219.
//
// Solidity: function GOLD_MISS_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackGOLDMISSLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("GOLD_MISS_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackLAPSELOSS() []byte {
	enc, err := kappaHub.abi.Pack("LAPSE_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLAPSELOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc701a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackLAPSELOSS() ([]byte, error) {
	return kappaHub.abi.Pack("LAPSE_LOSS")
}

// UnpackLAPSELOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc701a3.
//
// Solidity: function LAPSE_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackLAPSELOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("LAPSE_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) PackMAXK() []byte {
	enc, err := kappaHub.abi.Pack("MAX_K")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4c6ab0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXK() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_K")
}

// UnpackMAXK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4c6ab0.
//
// Solidity: function MAX_K() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXK(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_K", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLANES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28bbe5cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) PackMAXLANES() []byte {
	enc, err := kappaHub.abi.Pack("MAX_LANES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLANES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28bbe5cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXLANES() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_LANES")
}

// UnpackMAXLANES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXLANES(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_LANES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackMAXREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("MAX_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd213c0f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackMAXREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("MAX_REPUTATION")
}

// UnpackMAXREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd213c0f2.
//
// Solidity: function MAX_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackMAXREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MAX_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) PackMINDISPUTEWINDOW() []byte {
	enc, err := kappaHub.abi.Pack("MIN_DISPUTE_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINDISPUTEWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbeab516.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) TryPackMINDISPUTEWINDOW() ([]byte, error) {
	return kappaHub.abi.Pack("MIN_DISPUTE_WINDOW")
}

// UnpackMINDISPUTEWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbeab516.
//
// Solidity: function MIN_DISPUTE_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) UnpackMINDISPUTEWINDOW(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MIN_DISPUTE_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) PackMINWINDOW() []byte {
	enc, err := kappaHub.abi.Pack("MIN_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52b65c4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) TryPackMINWINDOW() ([]byte, error) {
	return kappaHub.abi.Pack("MIN_WINDOW")
}

// UnpackMINWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52b65c4b.
//
// Solidity: function MIN_WINDOW() view returns(uint256)
func (kappaHub *KappaHub) UnpackMINWINDOW(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("MIN_WINDOW", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) PackNOREVEALLOSS() []byte {
	enc, err := kappaHub.abi.Pack("NO_REVEAL_LOSS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNOREVEALLOSS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec1ea50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) TryPackNOREVEALLOSS() ([]byte, error) {
	return kappaHub.abi.Pack("NO_REVEAL_LOSS")
}

// UnpackNOREVEALLOSS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfec1ea50.
//
// Solidity: function NO_REVEAL_LOSS() view returns(uint256)
func (kappaHub *KappaHub) UnpackNOREVEALLOSS(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("NO_REVEAL_LOSS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) PackSTARTREPUTATION() []byte {
	enc, err := kappaHub.abi.Pack("START_REPUTATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTARTREPUTATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb18d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) TryPackSTARTREPUTATION() ([]byte, error) {
	return kappaHub.abi.Pack("START_REPUTATION")
}

// UnpackSTARTREPUTATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fb18d17.
//
// Solidity: function START_REPUTATION() view returns(uint256)
func (kappaHub *KappaHub) UnpackSTARTREPUTATION(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("START_REPUTATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) PackAccountOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("accountOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8086b8ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) TryPackAccountOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("accountOf", account)
}

// AccountOfOutput serves as a container for the return parameters of contract
// method AccountOf.
type AccountOfOutput struct {
	Credited  *big.Int
	TasksPaid *big.Int
}

// UnpackAccountOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8086b8ba.
//
// Solidity: function accountOf(address account) view returns(uint256 credited, uint256 tasksPaid)
func (kappaHub *KappaHub) UnpackAccountOf(data []byte) (AccountOfOutput, error) {
	out, err := kappaHub.abi.Unpack("accountOf", data)
	outstruct := new(AccountOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Credited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TasksPaid = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44df8e70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn() returns()
func (kappaHub *KappaHub) PackBurn() []byte {
	enc, err := kappaHub.abi.Pack("burn")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44df8e70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn() returns()
func (kappaHub *KappaHub) TryPackBurn() ([]byte, error) {
	return kappaHub.abi.Pack("burn")
}

// PackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) PackCampaignCount() []byte {
	enc, err := kappaHub.abi.Pack("campaignCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7274e30d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) TryPackCampaignCount() ([]byte, error) {
	return kappaHub.abi.Pack("campaignCount")
}

// UnpackCampaignCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7274e30d.
//
// Solidity: function campaignCount() view returns(uint256)
func (kappaHub *KappaHub) UnpackCampaignCount(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("campaignCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) PackCampaignInfo(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("campaignInfo", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCampaignInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb2238ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) TryPackCampaignInfo(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("campaignInfo", campaignId)
}

// UnpackCampaignInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb2238ec.
//
// Solidity: function campaignInfo(uint256 campaignId) view returns((address,address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256,uint256,bool,uint256) info)
func (kappaHub *KappaHub) UnpackCampaignInfo(data []byte) (KappaHubCampaignInfo, error) {
	out, err := kappaHub.abi.Unpack("campaignInfo", data)
	if err != nil {
		return *new(KappaHubCampaignInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(KappaHubCampaignInfo)).(*KappaHubCampaignInfo)
	return out0, nil
}

// PackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) PackChunkTaken(campaignId *big.Int, chunkId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChunkTaken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24556f92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) TryPackChunkTaken(campaignId *big.Int, chunkId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("chunkTaken", campaignId, chunkId)
}

// UnpackChunkTaken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24556f92.
//
// Solidity: function chunkTaken(uint256 campaignId, uint256 chunkId) view returns(bool)
func (kappaHub *KappaHub) UnpackChunkTaken(data []byte) (bool, error) {
	out, err := kappaHub.abi.Unpack("chunkTaken", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) PackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5f70cb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat) returns()
func (kappaHub *KappaHub) TryPackClaim(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("claim", campaignId, lane, rec, seat)
}

// PackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd85ae8d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256,bytes32,bytes32)[] claims) returns()
func (kappaHub *KappaHub) PackClaimBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, claims []KappaHubSignedClaim) []byte {
	enc, err := kappaHub.abi.Pack("claimBatch", campaignId, lane, rec, claims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd85ae8d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256,bytes32,bytes32)[] claims) returns()
func (kappaHub *KappaHub) TryPackClaimBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, claims []KappaHubSignedClaim) ([]byte, error) {
	return kappaHub.abi.Pack("claimBatch", campaignId, lane, rec, claims)
}

// PackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) PackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) []byte {
	enc, err := kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a800d5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimOpen(uint256 campaignId, uint256 lane, (uint64,uint8,uint16,bytes32,bytes32) leaf, bytes32[] proof) returns()
func (kappaHub *KappaHub) TryPackClaimOpen(campaignId *big.Int, lane *big.Int, leaf KappaHubChunkLeaf, proof [][32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("claimOpen", campaignId, lane, leaf, proof)
}

// PackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) PackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd33009f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commit(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, bytes32 commitment) returns()
func (kappaHub *KappaHub) TryPackCommit(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, commitment [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commit", campaignId, lane, rec, seat, commitment)
}

// PackCommitAndReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda88ec83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitAndReveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) PackCommitAndReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("commitAndReveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitAndReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda88ec83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitAndReveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) TryPackCommitAndReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("commitAndReveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2555872e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,bytes32,bytes32,bytes32)[] commits) returns()
func (kappaHub *KappaHub) PackCommitBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, commits []KappaHubSignedCommit) []byte {
	enc, err := kappaHub.abi.Pack("commitBatch", campaignId, lane, rec, commits)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2555872e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,bytes32,bytes32,bytes32)[] commits) returns()
func (kappaHub *KappaHub) TryPackCommitBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, commits []KappaHubSignedCommit) ([]byte, error) {
	return kappaHub.abi.Pack("commitBatch", campaignId, lane, rec, commits)
}

// PackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bbd329c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaign(p KappaHubCampaignParams) []byte {
	enc, err := kappaHub.abi.Pack("createCampaign", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaign is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bbd329c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaign(p KappaHubCampaignParams) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaign", p)
}

// UnpackCreateCampaign is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8bbd329c.
//
// Solidity: function createCampaign((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaign(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaign", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaedcdc9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) PackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCampaignWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaedcdc9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) TryPackCreateCampaignWithPermit(p KappaHubCampaignParams, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("createCampaignWithPermit", p, deadline, v, r, s)
}

// UnpackCreateCampaignWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaedcdc9.
//
// Solidity: function createCampaignWithPermit((address,address,uint96,bytes32,string,uint8,uint8,uint8,uint16,bool,uint8,uint8,uint16,uint32,uint32,uint32,uint32,uint32,uint32,uint64,uint32,uint128,(uint128,uint32)[],uint256) p, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCreateCampaignWithPermit(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("createCampaignWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) PackCreditedOf(account common.Address) []byte {
	enc, err := kappaHub.abi.Pack("creditedOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreditedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86440599.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) TryPackCreditedOf(account common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("creditedOf", account)
}

// UnpackCreditedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86440599.
//
// Solidity: function creditedOf(address account) view returns(uint256)
func (kappaHub *KappaHub) UnpackCreditedOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("creditedOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (kappaHub *KappaHub) PackDeposit(amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (kappaHub *KappaHub) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("deposit", amount)
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) PackEscrowOf(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("escrowOf", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2a8d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) TryPackEscrowOf(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("escrowOf", campaignId)
}

// EscrowOfOutput serves as a container for the return parameters of contract
// method EscrowOf.
type EscrowOfOutput struct {
	Unreserved *big.Int
	Reserved   *big.Int
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2a8d9c.
//
// Solidity: function escrowOf(uint256 campaignId) view returns(uint256 unreserved, uint256 reserved)
func (kappaHub *KappaHub) UnpackEscrowOf(data []byte) (EscrowOfOutput, error) {
	out, err := kappaHub.abi.Unpack("escrowOf", data)
	outstruct := new(EscrowOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Unreserved = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reserved = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) PackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) []byte {
	enc, err := kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78ab64d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, (bool,uint256[],uint256[],bytes32) gold) returns()
func (kappaHub *KappaHub) TryPackFinalize(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, gold KappaHubGold) ([]byte, error) {
	return kappaHub.abi.Pack("finalize", campaignId, lane, rec, labels, gold)
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) PackFund(campaignId *big.Int, amount *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("fund", campaignId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65e2cfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 campaignId, uint256 amount) returns()
func (kappaHub *KappaHub) TryPackFund(campaignId *big.Int, amount *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("fund", campaignId, amount)
}

// PackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) PackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c0c2ec5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundWithPermit(uint256 campaignId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaHub *KappaHub) TryPackFundWithPermit(campaignId *big.Int, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("fundWithPermit", campaignId, amount, deadline, v, r, s)
}

// PackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) PackLaneHash(campaignId *big.Int, lane *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHash", campaignId, lane)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77a8be3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) TryPackLaneHash(campaignId *big.Int, lane *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHash", campaignId, lane)
}

// UnpackLaneHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77a8be3a.
//
// Solidity: function laneHash(uint256 campaignId, uint256 lane) view returns(bytes32)
func (kappaHub *KappaHub) UnpackLaneHash(data []byte) ([32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) PackLaneHashes(campaignId *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("laneHashes", campaignId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaneHashes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd361ccb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) TryPackLaneHashes(campaignId *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("laneHashes", campaignId)
}

// UnpackLaneHashes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfd361ccb.
//
// Solidity: function laneHashes(uint256 campaignId) view returns(bytes32[] hashes)
func (kappaHub *KappaHub) UnpackLaneHashes(data []byte) ([][32]byte, error) {
	out, err := kappaHub.abi.Unpack("laneHashes", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) PackReclaim(campaignId *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reclaim", campaignId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 campaignId, address to) returns()
func (kappaHub *KappaHub) TryPackReclaim(campaignId *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reclaim", campaignId, to)
}

// PackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5735bee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) PackReputationOf(account common.Address, ledger common.Address) []byte {
	enc, err := kappaHub.abi.Pack("reputationOf", account, ledger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5735bee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) TryPackReputationOf(account common.Address, ledger common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("reputationOf", account, ledger)
}

// UnpackReputationOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5735bee.
//
// Solidity: function reputationOf(address account, address ledger) view returns(uint256)
func (kappaHub *KappaHub) UnpackReputationOf(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("reputationOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) PackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc59c36d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 campaignId, uint256 lane, uint256[] rec, uint256[] labels, uint256 taskMask, uint256[] finalLabels) returns()
func (kappaHub *KappaHub) TryPackResolve(campaignId *big.Int, lane *big.Int, rec []*big.Int, labels []*big.Int, taskMask *big.Int, finalLabels []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("resolve", campaignId, lane, rec, labels, taskMask, finalLabels)
}

// PackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f5ac24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) PackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) []byte {
	enc, err := kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReveal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26f5ac24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reveal(uint256 campaignId, uint256 lane, uint256[] rec, uint256 seat, uint256[] labels, bytes32 salt, bytes32 labelDoc) returns()
func (kappaHub *KappaHub) TryPackReveal(campaignId *big.Int, lane *big.Int, rec []*big.Int, seat *big.Int, labels []*big.Int, salt [32]byte, labelDoc [32]byte) ([]byte, error) {
	return kappaHub.abi.Pack("reveal", campaignId, lane, rec, seat, labels, salt, labelDoc)
}

// PackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c6d73f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256[],bytes32,bytes32)[] reveals) returns()
func (kappaHub *KappaHub) PackRevealBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, reveals []KappaHubSeatReveal) []byte {
	enc, err := kappaHub.abi.Pack("revealBatch", campaignId, lane, rec, reveals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c6d73f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealBatch(uint256 campaignId, uint256 lane, uint256[] rec, (uint256,uint256[],bytes32,bytes32)[] reveals) returns()
func (kappaHub *KappaHub) TryPackRevealBatch(campaignId *big.Int, lane *big.Int, rec []*big.Int, reveals []KappaHubSeatReveal) ([]byte, error) {
	return kappaHub.abi.Pack("revealBatch", campaignId, lane, rec, reveals)
}

// PackSettleExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a2084a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleExpired(uint256 campaignId, uint256 lane, uint256[] rec) returns()
func (kappaHub *KappaHub) PackSettleExpired(campaignId *big.Int, lane *big.Int, rec []*big.Int) []byte {
	enc, err := kappaHub.abi.Pack("settleExpired", campaignId, lane, rec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleExpired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27a2084a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleExpired(uint256 campaignId, uint256 lane, uint256[] rec) returns()
func (kappaHub *KappaHub) TryPackSettleExpired(campaignId *big.Int, lane *big.Int, rec []*big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("settleExpired", campaignId, lane, rec)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) PackToken() []byte {
	enc, err := kappaHub.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) TryPackToken() ([]byte, error) {
	return kappaHub.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (kappaHub *KappaHub) UnpackToken(data []byte) (common.Address, error) {
	out, err := kappaHub.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnburned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1d2c13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) PackUnburned() []byte {
	enc, err := kappaHub.abi.Pack("unburned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnburned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1d2c13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) TryPackUnburned() ([]byte, error) {
	return kappaHub.abi.Pack("unburned")
}

// UnpackUnburned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d1d2c13.
//
// Solidity: function unburned() view returns(uint256)
func (kappaHub *KappaHub) UnpackUnburned(data []byte) (*big.Int, error) {
	out, err := kappaHub.abi.Unpack("unburned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to, uint256 keep) returns()
func (kappaHub *KappaHub) PackWithdraw(to common.Address, keep *big.Int) []byte {
	enc, err := kappaHub.abi.Pack("withdraw", to, keep)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3fef3a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to, uint256 keep) returns()
func (kappaHub *KappaHub) TryPackWithdraw(to common.Address, keep *big.Int) ([]byte, error) {
	return kappaHub.abi.Pack("withdraw", to, keep)
}

// PackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) PackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) []byte {
	enc, err := kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawUnreserved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9da7b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawUnreserved(uint256 campaignId, uint256 amount, address to) returns()
func (kappaHub *KappaHub) TryPackWithdrawUnreserved(campaignId *big.Int, amount *big.Int, to common.Address) ([]byte, error) {
	return kappaHub.abi.Pack("withdrawUnreserved", campaignId, amount, to)
}

// KappaHubBurned represents a Burned event raised by the KappaHub contract.
type KappaHubBurned struct {
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const KappaHubBurnedEventName = "Burned"

// ContractEventName returns the user-defined event name.
func (KappaHubBurned) ContractEventName() string {
	return KappaHubBurnedEventName
}

// UnpackBurnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Burned(uint256 amount)
func (kappaHub *KappaHub) UnpackBurnedEvent(log *types.Log) (*KappaHubBurned, error) {
	event := "Burned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubBurned)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignCreated represents a CampaignCreated event raised by the KappaHub contract.
type KappaHubCampaignCreated struct {
	CampaignId   *big.Int
	Requester    common.Address
	Arbiter      common.Address
	ManifestRoot [32]byte
	ManifestCid  string
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignCreatedEventName = "CampaignCreated"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignCreated) ContractEventName() string {
	return KappaHubCampaignCreatedEventName
}

// UnpackCampaignCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignCreated(uint256 indexed campaignId, address indexed requester, address indexed arbiter, bytes32 manifestRoot, string manifestCid)
func (kappaHub *KappaHub) UnpackCampaignCreatedEvent(log *types.Log) (*KappaHubCampaignCreated, error) {
	event := "CampaignCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignCreated)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCampaignReclaimed represents a CampaignReclaimed event raised by the KappaHub contract.
type KappaHubCampaignReclaimed struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCampaignReclaimedEventName = "CampaignReclaimed"

// ContractEventName returns the user-defined event name.
func (KappaHubCampaignReclaimed) ContractEventName() string {
	return KappaHubCampaignReclaimedEventName
}

// UnpackCampaignReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CampaignReclaimed(uint256 indexed campaignId, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackCampaignReclaimedEvent(log *types.Log) (*KappaHubCampaignReclaimed, error) {
	event := "CampaignReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCampaignReclaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkOpened represents a ChunkOpened event raised by the KappaHub contract.
type KappaHubChunkOpened struct {
	CampaignId     *big.Int
	ChunkId        *big.Int
	Lane           *big.Int
	Tier           *big.Int
	Size           *big.Int
	GoldCommitment [32]byte
	Reserved       *big.Int
	OpenedAt       *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkOpenedEventName = "ChunkOpened"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkOpened) ContractEventName() string {
	return KappaHubChunkOpenedEventName
}

// UnpackChunkOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkOpened(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 tier, uint256 size, bytes32 goldCommitment, uint256 reserved, uint256 openedAt)
func (kappaHub *KappaHub) UnpackChunkOpenedEvent(log *types.Log) (*KappaHubChunkOpened, error) {
	event := "ChunkOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkOpened)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubChunkReleased represents a ChunkReleased event raised by the KappaHub contract.
type KappaHubChunkReleased struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	Released   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubChunkReleasedEventName = "ChunkReleased"

// ContractEventName returns the user-defined event name.
func (KappaHubChunkReleased) ContractEventName() string {
	return KappaHubChunkReleasedEventName
}

// UnpackChunkReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkReleased(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 released)
func (kappaHub *KappaHub) UnpackChunkReleasedEvent(log *types.Log) (*KappaHubChunkReleased, error) {
	event := "ChunkReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubChunkReleased)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubClaimed represents a Claimed event raised by the KappaHub contract.
type KappaHubClaimed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Lane       *big.Int
	Seat       *big.Int
	ClaimedAt  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (KappaHubClaimed) ContractEventName() string {
	return KappaHubClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 lane, uint256 seat, uint256 claimedAt)
func (kappaHub *KappaHub) UnpackClaimedEvent(log *types.Log) (*KappaHubClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubClaimed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubCommitted represents a Committed event raised by the KappaHub contract.
type KappaHubCommitted struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Commitment [32]byte
	RevealAt   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubCommittedEventName = "Committed"

// ContractEventName returns the user-defined event name.
func (KappaHubCommitted) ContractEventName() string {
	return KappaHubCommittedEventName
}

// UnpackCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Committed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, bytes32 commitment, uint256 revealAt)
func (kappaHub *KappaHub) UnpackCommittedEvent(log *types.Log) (*KappaHubCommitted, error) {
	event := "Committed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubCommitted)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubDisputesExpired represents a DisputesExpired event raised by the KappaHub contract.
type KappaHubDisputesExpired struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Lane       *big.Int
	TaskMask   *big.Int
	Paid       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubDisputesExpiredEventName = "DisputesExpired"

// ContractEventName returns the user-defined event name.
func (KappaHubDisputesExpired) ContractEventName() string {
	return KappaHubDisputesExpiredEventName
}

// UnpackDisputesExpiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputesExpired(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256 taskMask, uint256 paid)
func (kappaHub *KappaHub) UnpackDisputesExpiredEvent(log *types.Log) (*KappaHubDisputesExpired, error) {
	event := "DisputesExpired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubDisputesExpired)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubEscrowWithdrawn represents a EscrowWithdrawn event raised by the KappaHub contract.
type KappaHubEscrowWithdrawn struct {
	CampaignId *big.Int
	To         common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubEscrowWithdrawn) ContractEventName() string {
	return KappaHubEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(uint256 indexed campaignId, address indexed to, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackEscrowWithdrawnEvent(log *types.Log) (*KappaHubEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubEscrowWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFinalized represents a Finalized event raised by the KappaHub contract.
type KappaHubFinalized struct {
	CampaignId   *big.Int
	ChunkId      *big.Int
	Lane         *big.Int
	Accepted     []*big.Int
	DisputeMask  *big.Int
	GoldRevealed bool
	Released     *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const KappaHubFinalizedEventName = "Finalized"

// ContractEventName returns the user-defined event name.
func (KappaHubFinalized) ContractEventName() string {
	return KappaHubFinalizedEventName
}

// UnpackFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Finalized(uint256 indexed campaignId, uint256 indexed chunkId, uint256 lane, uint256[] accepted, uint256 disputeMask, bool goldRevealed, uint256 released)
func (kappaHub *KappaHub) UnpackFinalizedEvent(log *types.Log) (*KappaHubFinalized, error) {
	event := "Finalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFinalized)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubFunded represents a Funded event raised by the KappaHub contract.
type KappaHubFunded struct {
	CampaignId *big.Int
	From       common.Address
	Amount     *big.Int
	Unreserved *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (KappaHubFunded) ContractEventName() string {
	return KappaHubFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(uint256 indexed campaignId, address indexed from, uint256 amount, uint256 unreserved)
func (kappaHub *KappaHub) UnpackFundedEvent(log *types.Log) (*KappaHubFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubFunded)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubResolved represents a Resolved event raised by the KappaHub contract.
type KappaHubResolved struct {
	CampaignId        *big.Int
	ChunkId           *big.Int
	Reviewer          common.Address
	TaskMask          *big.Int
	Labels            []*big.Int
	Fee               *big.Int
	RemainingDisputes *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const KappaHubResolvedEventName = "Resolved"

// ContractEventName returns the user-defined event name.
func (KappaHubResolved) ContractEventName() string {
	return KappaHubResolvedEventName
}

// UnpackResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Resolved(uint256 indexed campaignId, uint256 indexed chunkId, address indexed reviewer, uint256 taskMask, uint256[] labels, uint256 fee, uint256 remainingDisputes)
func (kappaHub *KappaHub) UnpackResolvedEvent(log *types.Log) (*KappaHubResolved, error) {
	event := "Resolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubResolved)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubRevealed represents a Revealed event raised by the KappaHub contract.
type KappaHubRevealed struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Annotator  common.Address
	Seat       *big.Int
	Labels     []*big.Int
	LabelDoc   [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubRevealedEventName = "Revealed"

// ContractEventName returns the user-defined event name.
func (KappaHubRevealed) ContractEventName() string {
	return KappaHubRevealedEventName
}

// UnpackRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revealed(uint256 indexed campaignId, uint256 indexed chunkId, address indexed annotator, uint256 seat, uint256[] labels, bytes32 labelDoc)
func (kappaHub *KappaHub) UnpackRevealedEvent(log *types.Log) (*KappaHubRevealed, error) {
	event := "Revealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubRevealed)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubSettled represents a Settled event raised by the KappaHub contract.
type KappaHubSettled struct {
	CampaignId *big.Int
	ChunkId    *big.Int
	Account    common.Address
	Reason     uint8
	Matched    *big.Int
	Missed     *big.Int
	Credited   *big.Int
	Stake      *big.Int
	RepDelta   *big.Int
	Reputation *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const KappaHubSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (KappaHubSettled) ContractEventName() string {
	return KappaHubSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed campaignId, uint256 indexed chunkId, address indexed account, uint8 reason, uint256 matched, uint256 missed, uint256 credited, int256 stake, int256 repDelta, uint256 reputation)
func (kappaHub *KappaHub) UnpackSettledEvent(log *types.Log) (*KappaHubSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubSettled)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaHubWithdrawn represents a Withdrawn event raised by the KappaHub contract.
type KappaHubWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaHubWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (KappaHubWithdrawn) ContractEventName() string {
	return KappaHubWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (kappaHub *KappaHub) UnpackWithdrawnEvent(log *types.Log) (*KappaHubWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaHub.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaHubWithdrawn)
	if len(log.Data) > 0 {
		if err := kappaHub.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaHub.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaHub *KappaHub) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["BalanceOverflow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackBalanceOverflowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignEnded"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CampaignNotOver"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCampaignNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ChunkTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackChunkTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ClaimWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackClaimWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["DisputeExpired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackDisputeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["DisputeWindowOpen"].ID.Bytes()[:4]) {
		return kappaHub.UnpackDisputeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["EmptyCommitment"].ID.Bytes()[:4]) {
		return kappaHub.UnpackEmptyCommitmentError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["FinalizeTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackFinalizeTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldNotStratified"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldNotStratifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["GoldRequired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackGoldRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InsufficientUnreserved"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInsufficientUnreservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunk"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidChunkProof"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidChunkProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidLabel"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidLabelError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["InvalidSeat"].ID.Bytes()[:4]) {
		return kappaHub.UnpackInvalidSeatError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LabelsMismatch"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLabelsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["LaneBusy"].ID.Bytes()[:4]) {
		return kappaHub.UnpackLaneBusyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotDisputed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotDisputedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotReviewer"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotReviewerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NotSeatHolder"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNotSeatHolderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToBurn"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToBurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToReclaim"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return kappaHub.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReputationTooLow"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReputationTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealTooEarly"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["RevealWindowClosed"].ID.Bytes()[:4]) {
		return kappaHub.UnpackRevealWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewerIsAnnotator"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewerIsAnnotatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["ReviewersFirst"].ID.Bytes()[:4]) {
		return kappaHub.UnpackReviewersFirstError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SeatTaken"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSeatTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return kappaHub.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["StaleRecord"].ID.Bytes()[:4]) {
		return kappaHub.UnpackStaleRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["TooMuchGold"].ID.Bytes()[:4]) {
		return kappaHub.UnpackTooMuchGoldError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownCampaign"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownCampaignError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["UnknownLane"].ID.Bytes()[:4]) {
		return kappaHub.UnpackUnknownLaneError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaHub.abi.Errors["WrongLabelCount"].ID.Bytes()[:4]) {
		return kappaHub.UnpackWrongLabelCountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaHubAlreadyClaimed represents a AlreadyClaimed error raised by the KappaHub contract.
type KappaHubAlreadyClaimed struct {
	ChunkId   *big.Int
	Annotator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func KappaHubAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa9214540dbdab41c9e79b3f2188acea45d13e6ac15f24990e9f6ddf7cc0e4180")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 chunkId, address annotator)
func (kappaHub *KappaHub) UnpackAlreadyClaimedError(raw []byte) (*KappaHubAlreadyClaimed, error) {
	out := new(KappaHubAlreadyClaimed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyCommitted represents a AlreadyCommitted error raised by the KappaHub contract.
type KappaHubAlreadyCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func KappaHubAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xddcc733d140fb0312eb1ac150281dfa07c853a78cdef41c136c6ecd38de811a4")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyCommittedError(raw []byte) (*KappaHubAlreadyCommitted, error) {
	out := new(KappaHubAlreadyCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyFinalized represents a AlreadyFinalized error raised by the KappaHub contract.
type KappaHubAlreadyFinalized struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func KappaHubAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0xf075432911496a9efbc824c20b649ec3a83845a62966846bd8cf1cbb1cea71c3")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint256 chunkId)
func (kappaHub *KappaHub) UnpackAlreadyFinalizedError(raw []byte) (*KappaHubAlreadyFinalized, error) {
	out := new(KappaHubAlreadyFinalized)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubAlreadyRevealed represents a AlreadyRevealed error raised by the KappaHub contract.
type KappaHubAlreadyRevealed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func KappaHubAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0x12b3a2d19bc85b1ee1b06cf15d9682e8bc15d9f05e3c1bfd757c795744728a39")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackAlreadyRevealedError(raw []byte) (*KappaHubAlreadyRevealed, error) {
	out := new(KappaHubAlreadyRevealed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBadSignature represents a BadSignature error raised by the KappaHub contract.
type KappaHubBadSignature struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint256 chunkId, uint256 seat)
func KappaHubBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x75fa8056933dad533d93feea067b15e4021dc133a8099ace8e9797336c7bf2f9")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackBadSignatureError(raw []byte) (*KappaHubBadSignature, error) {
	out := new(KappaHubBadSignature)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubBalanceOverflow represents a BalanceOverflow error raised by the KappaHub contract.
type KappaHubBalanceOverflow struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BalanceOverflow(address account)
func KappaHubBalanceOverflowErrorID() common.Hash {
	return common.HexToHash("0xb32337753cdaa0ba150efae844db74e1536b6156c0ae499e96be64d0a894ebb9")
}

// UnpackBalanceOverflowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BalanceOverflow(address account)
func (kappaHub *KappaHub) UnpackBalanceOverflowError(raw []byte) (*KappaHubBalanceOverflow, error) {
	out := new(KappaHubBalanceOverflow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "BalanceOverflow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignClosed represents a CampaignClosed error raised by the KappaHub contract.
type KappaHubCampaignClosed struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func KappaHubCampaignClosedErrorID() common.Hash {
	return common.HexToHash("0x5e6eb33a418de5dbbc17f989f7ae362cdfbb1748c5d603137c767027a354edbc")
}

// UnpackCampaignClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignClosed(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignClosedError(raw []byte) (*KappaHubCampaignClosed, error) {
	out := new(KappaHubCampaignClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignEnded represents a CampaignEnded error raised by the KappaHub contract.
type KappaHubCampaignEnded struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func KappaHubCampaignEndedErrorID() common.Hash {
	return common.HexToHash("0x4d09689e5ab2d74dc1f9a1e821d4dcb2bb48908bd8a74872127b995b7d120154")
}

// UnpackCampaignEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignEnded(uint256 campaignId)
func (kappaHub *KappaHub) UnpackCampaignEndedError(raw []byte) (*KappaHubCampaignEnded, error) {
	out := new(KappaHubCampaignEnded)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCampaignNotOver represents a CampaignNotOver error raised by the KappaHub contract.
type KappaHubCampaignNotOver struct {
	CampaignId *big.Int
	CloseTime  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func KappaHubCampaignNotOverErrorID() common.Hash {
	return common.HexToHash("0x8262f7a0197fa878b753fe2f6755a9a6df9187c44782635d7dc06c5b29e14fc8")
}

// UnpackCampaignNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CampaignNotOver(uint256 campaignId, uint256 closeTime)
func (kappaHub *KappaHub) UnpackCampaignNotOverError(raw []byte) (*KappaHubCampaignNotOver, error) {
	out := new(KappaHubCampaignNotOver)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CampaignNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubChunkTaken represents a ChunkTaken error raised by the KappaHub contract.
type KappaHubChunkTaken struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func KappaHubChunkTakenErrorID() common.Hash {
	return common.HexToHash("0x7931482536a47338a89f939deae2686f1b18333ff5a6d183e0173d6c09902487")
}

// UnpackChunkTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkTaken(uint256 chunkId)
func (kappaHub *KappaHub) UnpackChunkTakenError(raw []byte) (*KappaHubChunkTaken, error) {
	out := new(KappaHubChunkTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ChunkTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubClaimWindowClosed represents a ClaimWindowClosed error raised by the KappaHub contract.
type KappaHubClaimWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func KappaHubClaimWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x8fb6d6875cba88232b860f532fb9b3d4a0dccd84f2f275a3db894cf8a0a05f2c")
}

// UnpackClaimWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackClaimWindowClosedError(raw []byte) (*KappaHubClaimWindowClosed, error) {
	out := new(KappaHubClaimWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ClaimWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitWindowClosed represents a CommitWindowClosed error raised by the KappaHub contract.
type KappaHubCommitWindowClosed struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func KappaHubCommitWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x257c973fb4384a94e1cec7154d4013afaf66e73ea9cd459d9fa82d48aeb8f890")
}

// UnpackCommitWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitWindowClosed(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitWindowClosedError(raw []byte) (*KappaHubCommitWindowClosed, error) {
	out := new(KappaHubCommitWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubCommitmentMismatch represents a CommitmentMismatch error raised by the KappaHub contract.
type KappaHubCommitmentMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func KappaHubCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x79ce97dbdd958372211613e153924be73609f87a9fce03b415f370e6494cc343")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackCommitmentMismatchError(raw []byte) (*KappaHubCommitmentMismatch, error) {
	out := new(KappaHubCommitmentMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubDisputeExpired represents a DisputeExpired error raised by the KappaHub contract.
type KappaHubDisputeExpired struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func KappaHubDisputeExpiredErrorID() common.Hash {
	return common.HexToHash("0xb80257bd2788328d63afd027b3e298fe6a1808ad2bb105b3e1302ad0dcc73905")
}

// UnpackDisputeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeExpired(uint256 chunkId, uint256 deadline)
func (kappaHub *KappaHub) UnpackDisputeExpiredError(raw []byte) (*KappaHubDisputeExpired, error) {
	out := new(KappaHubDisputeExpired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "DisputeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubDisputeWindowOpen represents a DisputeWindowOpen error raised by the KappaHub contract.
type KappaHubDisputeWindowOpen struct {
	ChunkId  *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func KappaHubDisputeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x99bb138db3346048a27162775c38a19e5a452e375f5fdf9e143fe56633d4d821")
}

// UnpackDisputeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeWindowOpen(uint256 chunkId, uint256 deadline)
func (kappaHub *KappaHub) UnpackDisputeWindowOpenError(raw []byte) (*KappaHubDisputeWindowOpen, error) {
	out := new(KappaHubDisputeWindowOpen)
	if err := kappaHub.abi.UnpackIntoInterface(out, "DisputeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubEmptyCommitment represents a EmptyCommitment error raised by the KappaHub contract.
type KappaHubEmptyCommitment struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func KappaHubEmptyCommitmentErrorID() common.Hash {
	return common.HexToHash("0x85f40d2c176724348eef895a13aea6c045fe22f7ea40ac82f1e719a2fc42a03d")
}

// UnpackEmptyCommitmentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCommitment(uint256 chunkId)
func (kappaHub *KappaHub) UnpackEmptyCommitmentError(raw []byte) (*KappaHubEmptyCommitment, error) {
	out := new(KappaHubEmptyCommitment)
	if err := kappaHub.abi.UnpackIntoInterface(out, "EmptyCommitment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubFinalizeTooEarly represents a FinalizeTooEarly error raised by the KappaHub contract.
type KappaHubFinalizeTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func KappaHubFinalizeTooEarlyErrorID() common.Hash {
	return common.HexToHash("0x8dd9dece8c45db340155bbf2a304bcc3ac597a40a18b47cda3a85ad4b706faa6")
}

// UnpackFinalizeTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FinalizeTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackFinalizeTooEarlyError(raw []byte) (*KappaHubFinalizeTooEarly, error) {
	out := new(KappaHubFinalizeTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "FinalizeTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldMismatch represents a GoldMismatch error raised by the KappaHub contract.
type KappaHubGoldMismatch struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func KappaHubGoldMismatchErrorID() common.Hash {
	return common.HexToHash("0x1f2b9db28c18812a24066623226f88e607f4f64d382e09ba79b3d41ca0b3d69e")
}

// UnpackGoldMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldMismatch(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldMismatchError(raw []byte) (*KappaHubGoldMismatch, error) {
	out := new(KappaHubGoldMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldNotStratified represents a GoldNotStratified error raised by the KappaHub contract.
type KappaHubGoldNotStratified struct {
	ChunkId  *big.Int
	Distinct *big.Int
	Required *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func KappaHubGoldNotStratifiedErrorID() common.Hash {
	return common.HexToHash("0x1e3d4cec3a1fea693fd473f62560c475a63b97b61caf24c847d599599cfdb0a3")
}

// UnpackGoldNotStratifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldNotStratified(uint256 chunkId, uint256 distinct, uint256 required)
func (kappaHub *KappaHub) UnpackGoldNotStratifiedError(raw []byte) (*KappaHubGoldNotStratified, error) {
	out := new(KappaHubGoldNotStratified)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldNotStratified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubGoldRequired represents a GoldRequired error raised by the KappaHub contract.
type KappaHubGoldRequired struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GoldRequired(uint256 chunkId)
func KappaHubGoldRequiredErrorID() common.Hash {
	return common.HexToHash("0x59367303fd193fb279fd3e49bfdba8938c144fd2c01d08203f670df265a85d85")
}

// UnpackGoldRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GoldRequired(uint256 chunkId)
func (kappaHub *KappaHub) UnpackGoldRequiredError(raw []byte) (*KappaHubGoldRequired, error) {
	out := new(KappaHubGoldRequired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "GoldRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientEscrow represents a InsufficientEscrow error raised by the KappaHub contract.
type KappaHubInsufficientEscrow struct {
	CampaignId *big.Int
	Needed     *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func KappaHubInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xbef22b9d2c2984a22e4e25e96681e35babae523addd4e6511092d6b01363c3d8")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 campaignId, uint256 needed, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientEscrowError(raw []byte) (*KappaHubInsufficientEscrow, error) {
	out := new(KappaHubInsufficientEscrow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientStake represents a InsufficientStake error raised by the KappaHub contract.
type KappaHubInsufficientStake struct {
	ChunkId  *big.Int
	Credited *big.Int
	Stake    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 chunkId, uint256 credited, uint256 stake)
func KappaHubInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x5ac0ebdd0d212a49a276fe4f29878e3bee69aa7f9afa0704bc0a3e17eae086ae")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 chunkId, uint256 credited, uint256 stake)
func (kappaHub *KappaHub) UnpackInsufficientStakeError(raw []byte) (*KappaHubInsufficientStake, error) {
	out := new(KappaHubInsufficientStake)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInsufficientUnreserved represents a InsufficientUnreserved error raised by the KappaHub contract.
type KappaHubInsufficientUnreserved struct {
	CampaignId *big.Int
	Requested  *big.Int
	Available  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func KappaHubInsufficientUnreservedErrorID() common.Hash {
	return common.HexToHash("0x53b4ba34cfe05ac11024534bddc56c2a8a160d1480e9277987a44a4557f1c83c")
}

// UnpackInsufficientUnreservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnreserved(uint256 campaignId, uint256 requested, uint256 available)
func (kappaHub *KappaHub) UnpackInsufficientUnreservedError(raw []byte) (*KappaHubInsufficientUnreserved, error) {
	out := new(KappaHubInsufficientUnreserved)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InsufficientUnreserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunk represents a InvalidChunk error raised by the KappaHub contract.
type KappaHubInvalidChunk struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func KappaHubInvalidChunkErrorID() common.Hash {
	return common.HexToHash("0x26858e7f2a9f3070845b4214875efe6db13451ec65f58189f52e01edd0de39be")
}

// UnpackInvalidChunkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunk(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkError(raw []byte) (*KappaHubInvalidChunk, error) {
	out := new(KappaHubInvalidChunk)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidChunkProof represents a InvalidChunkProof error raised by the KappaHub contract.
type KappaHubInvalidChunkProof struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func KappaHubInvalidChunkProofErrorID() common.Hash {
	return common.HexToHash("0x1713d4d50b64fb0ac1eaffab8aab1aed3f7b797ab32c8dd1a11c55f4b5ec8448")
}

// UnpackInvalidChunkProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChunkProof(uint256 chunkId)
func (kappaHub *KappaHub) UnpackInvalidChunkProofError(raw []byte) (*KappaHubInvalidChunkProof, error) {
	out := new(KappaHubInvalidChunkProof)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidChunkProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidLabel represents a InvalidLabel error raised by the KappaHub contract.
type KappaHubInvalidLabel struct {
	ChunkId *big.Int
	Task    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func KappaHubInvalidLabelErrorID() common.Hash {
	return common.HexToHash("0xe813d6e02049e89d58d5a4880b7858ab92eb145afcfb5f102af44c631c1bb673")
}

// UnpackInvalidLabelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLabel(uint256 chunkId, uint256 task)
func (kappaHub *KappaHub) UnpackInvalidLabelError(raw []byte) (*KappaHubInvalidLabel, error) {
	out := new(KappaHubInvalidLabel)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidLabel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidParameter represents a InvalidParameter error raised by the KappaHub contract.
type KappaHubInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func KappaHubInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (kappaHub *KappaHub) UnpackInvalidParameterError(raw []byte) (*KappaHubInvalidParameter, error) {
	out := new(KappaHubInvalidParameter)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubInvalidSeat represents a InvalidSeat error raised by the KappaHub contract.
type KappaHubInvalidSeat struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func KappaHubInvalidSeatErrorID() common.Hash {
	return common.HexToHash("0x4ab40a27ebdc28d64d278501b255017aed288b47713011dbe2ca5823fcdb3372")
}

// UnpackInvalidSeatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSeat(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackInvalidSeatError(raw []byte) (*KappaHubInvalidSeat, error) {
	out := new(KappaHubInvalidSeat)
	if err := kappaHub.abi.UnpackIntoInterface(out, "InvalidSeat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLabelsMismatch represents a LabelsMismatch error raised by the KappaHub contract.
type KappaHubLabelsMismatch struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func KappaHubLabelsMismatchErrorID() common.Hash {
	return common.HexToHash("0xe7337b656a57d19625ef4e196414ac188b92eaa05867e2626f2fc6525246a837")
}

// UnpackLabelsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LabelsMismatch(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackLabelsMismatchError(raw []byte) (*KappaHubLabelsMismatch, error) {
	out := new(KappaHubLabelsMismatch)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LabelsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubLaneBusy represents a LaneBusy error raised by the KappaHub contract.
type KappaHubLaneBusy struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LaneBusy(uint256 lane)
func KappaHubLaneBusyErrorID() common.Hash {
	return common.HexToHash("0xf737070fcc56563da0ceefd87eb3281d737c3934f572015f886e3bde9291b3be")
}

// UnpackLaneBusyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LaneBusy(uint256 lane)
func (kappaHub *KappaHub) UnpackLaneBusyError(raw []byte) (*KappaHubLaneBusy, error) {
	out := new(KappaHubLaneBusy)
	if err := kappaHub.abi.UnpackIntoInterface(out, "LaneBusy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotCommitted represents a NotCommitted error raised by the KappaHub contract.
type KappaHubNotCommitted struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func KappaHubNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x38935fc797332a24767f8bfa569700c449284c34addd3403c651d2904f9eb98e")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotCommittedError(raw []byte) (*KappaHubNotCommitted, error) {
	out := new(KappaHubNotCommitted)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotDisputed represents a NotDisputed error raised by the KappaHub contract.
type KappaHubNotDisputed struct {
	ChunkId  *big.Int
	TaskMask *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func KappaHubNotDisputedErrorID() common.Hash {
	return common.HexToHash("0xb07139115f1667be64cf68ad7744e7d26b4b3b1bb8595a542658a1e70762ad19")
}

// UnpackNotDisputedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputed(uint256 chunkId, uint256 taskMask)
func (kappaHub *KappaHub) UnpackNotDisputedError(raw []byte) (*KappaHubNotDisputed, error) {
	out := new(KappaHubNotDisputed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotDisputed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotRequester represents a NotRequester error raised by the KappaHub contract.
type KappaHubNotRequester struct {
	CampaignId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func KappaHubNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x58ea1a27407401864a918fa847903579fcf7f4b36fc5216ff0e5f1c572fd9ffa")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(uint256 campaignId, address caller)
func (kappaHub *KappaHub) UnpackNotRequesterError(raw []byte) (*KappaHubNotRequester, error) {
	out := new(KappaHubNotRequester)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotReviewer represents a NotReviewer error raised by the KappaHub contract.
type KappaHubNotReviewer struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func KappaHubNotReviewerErrorID() common.Hash {
	return common.HexToHash("0x87de184463496172c6761f2a4ee6a1c25c016765b7f8c4e70cafd38e6ec5e712")
}

// UnpackNotReviewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReviewer(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackNotReviewerError(raw []byte) (*KappaHubNotReviewer, error) {
	out := new(KappaHubNotReviewer)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotReviewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNotSeatHolder represents a NotSeatHolder error raised by the KappaHub contract.
type KappaHubNotSeatHolder struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func KappaHubNotSeatHolderErrorID() common.Hash {
	return common.HexToHash("0x5e5625fd5fcf32ce7ea6c95c78650089ef04686e6653db4b2375c64430d72555")
}

// UnpackNotSeatHolderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeatHolder(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackNotSeatHolderError(raw []byte) (*KappaHubNotSeatHolder, error) {
	out := new(KappaHubNotSeatHolder)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NotSeatHolder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToBurn represents a NothingToBurn error raised by the KappaHub contract.
type KappaHubNothingToBurn struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToBurn()
func KappaHubNothingToBurnErrorID() common.Hash {
	return common.HexToHash("0x98642b86d2482f5e27feed07981c2bc2d219ec07c01e9c9cf0082e16a0e666df")
}

// UnpackNothingToBurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToBurn()
func (kappaHub *KappaHub) UnpackNothingToBurnError(raw []byte) (*KappaHubNothingToBurn, error) {
	out := new(KappaHubNothingToBurn)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToBurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToReclaim represents a NothingToReclaim error raised by the KappaHub contract.
type KappaHubNothingToReclaim struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func KappaHubNothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0x2d924c8be737b4689d110b7acfac76889bcce03af7d945d084f30e65b639a9d0")
}

// UnpackNothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToReclaim(uint256 campaignId)
func (kappaHub *KappaHub) UnpackNothingToReclaimError(raw []byte) (*KappaHubNothingToReclaim, error) {
	out := new(KappaHubNothingToReclaim)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubNothingToWithdraw represents a NothingToWithdraw error raised by the KappaHub contract.
type KappaHubNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func KappaHubNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (kappaHub *KappaHub) UnpackNothingToWithdrawError(raw []byte) (*KappaHubNothingToWithdraw, error) {
	out := new(KappaHubNothingToWithdraw)
	if err := kappaHub.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the KappaHub contract.
type KappaHubReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func KappaHubReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (kappaHub *KappaHub) UnpackReentrancyGuardReentrantCallError(raw []byte) (*KappaHubReentrancyGuardReentrantCall, error) {
	out := new(KappaHubReentrancyGuardReentrantCall)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReputationTooLow represents a ReputationTooLow error raised by the KappaHub contract.
type KappaHubReputationTooLow struct {
	ChunkId    *big.Int
	Reputation *big.Int
	Required   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func KappaHubReputationTooLowErrorID() common.Hash {
	return common.HexToHash("0x4eb2fb83f0100852f13d6246dabec585884717b29051fbfe8a152fa89007db45")
}

// UnpackReputationTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationTooLow(uint256 chunkId, uint256 reputation, uint256 required)
func (kappaHub *KappaHub) UnpackReputationTooLowError(raw []byte) (*KappaHubReputationTooLow, error) {
	out := new(KappaHubReputationTooLow)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReputationTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealTooEarly represents a RevealTooEarly error raised by the KappaHub contract.
type KappaHubRevealTooEarly struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func KappaHubRevealTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xee66961928e2835f26d19a8283d92864fa3c9a1765b7c484090574bb98835569")
}

// UnpackRevealTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealTooEarly(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealTooEarlyError(raw []byte) (*KappaHubRevealTooEarly, error) {
	out := new(KappaHubRevealTooEarly)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealTooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubRevealWindowClosed represents a RevealWindowClosed error raised by the KappaHub contract.
type KappaHubRevealWindowClosed struct {
	ChunkId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func KappaHubRevealWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x87b262f8e4c4e709c2dc7e05d8d40d0a1e1cf83ab3321c8092a96c7bf2b1ff04")
}

// UnpackRevealWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealWindowClosed(uint256 chunkId)
func (kappaHub *KappaHub) UnpackRevealWindowClosedError(raw []byte) (*KappaHubRevealWindowClosed, error) {
	out := new(KappaHubRevealWindowClosed)
	if err := kappaHub.abi.UnpackIntoInterface(out, "RevealWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewerIsAnnotator represents a ReviewerIsAnnotator error raised by the KappaHub contract.
type KappaHubReviewerIsAnnotator struct {
	ChunkId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func KappaHubReviewerIsAnnotatorErrorID() common.Hash {
	return common.HexToHash("0xf5d8da5654098c6b7826d1987778c68d2582caa2c739fe2c0de416d43669e8e7")
}

// UnpackReviewerIsAnnotatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewerIsAnnotator(uint256 chunkId, address caller)
func (kappaHub *KappaHub) UnpackReviewerIsAnnotatorError(raw []byte) (*KappaHubReviewerIsAnnotator, error) {
	out := new(KappaHubReviewerIsAnnotator)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewerIsAnnotator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubReviewersFirst represents a ReviewersFirst error raised by the KappaHub contract.
type KappaHubReviewersFirst struct {
	ChunkId *big.Int
	From    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func KappaHubReviewersFirstErrorID() common.Hash {
	return common.HexToHash("0x49d97927c7ba51e0abf4415e3d9658c63901be1286d8797547e017da0e1a7610")
}

// UnpackReviewersFirstError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReviewersFirst(uint256 chunkId, uint256 from)
func (kappaHub *KappaHub) UnpackReviewersFirstError(raw []byte) (*KappaHubReviewersFirst, error) {
	out := new(KappaHubReviewersFirst)
	if err := kappaHub.abi.UnpackIntoInterface(out, "ReviewersFirst", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the KappaHub contract.
type KappaHubSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func KappaHubSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (kappaHub *KappaHub) UnpackSafeERC20FailedOperationError(raw []byte) (*KappaHubSafeERC20FailedOperation, error) {
	out := new(KappaHubSafeERC20FailedOperation)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSeatTaken represents a SeatTaken error raised by the KappaHub contract.
type KappaHubSeatTaken struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func KappaHubSeatTakenErrorID() common.Hash {
	return common.HexToHash("0x2c37e101d3ac858352be8ec4feeab94085a41367a1462fff7eaaefbddad20ffe")
}

// UnpackSeatTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatTaken(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSeatTakenError(raw []byte) (*KappaHubSeatTaken, error) {
	out := new(KappaHubSeatTaken)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SeatTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubSignatureExpired represents a SignatureExpired error raised by the KappaHub contract.
type KappaHubSignatureExpired struct {
	ChunkId *big.Int
	Seat    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 chunkId, uint256 seat)
func KappaHubSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xf88f049083a0890cb69bf0c7edbb1077a93679504997c26fadbfea86435ab250")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 chunkId, uint256 seat)
func (kappaHub *KappaHub) UnpackSignatureExpiredError(raw []byte) (*KappaHubSignatureExpired, error) {
	out := new(KappaHubSignatureExpired)
	if err := kappaHub.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubStaleRecord represents a StaleRecord error raised by the KappaHub contract.
type KappaHubStaleRecord struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StaleRecord(uint256 lane)
func KappaHubStaleRecordErrorID() common.Hash {
	return common.HexToHash("0xa35145496d65cce685a9a4a8fb64606f23b03e2d2bdc96f9cb74798f029e1147")
}

// UnpackStaleRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StaleRecord(uint256 lane)
func (kappaHub *KappaHub) UnpackStaleRecordError(raw []byte) (*KappaHubStaleRecord, error) {
	out := new(KappaHubStaleRecord)
	if err := kappaHub.abi.UnpackIntoInterface(out, "StaleRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubTooMuchGold represents a TooMuchGold error raised by the KappaHub contract.
type KappaHubTooMuchGold struct {
	ChunkId *big.Int
	Count   *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func KappaHubTooMuchGoldErrorID() common.Hash {
	return common.HexToHash("0x6dc749ec90001ef382944d9d638ad90ccfbc3561a2810428467086205c16aeda")
}

// UnpackTooMuchGoldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooMuchGold(uint256 chunkId, uint256 count, uint256 max)
func (kappaHub *KappaHub) UnpackTooMuchGoldError(raw []byte) (*KappaHubTooMuchGold, error) {
	out := new(KappaHubTooMuchGold)
	if err := kappaHub.abi.UnpackIntoInterface(out, "TooMuchGold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownCampaign represents a UnknownCampaign error raised by the KappaHub contract.
type KappaHubUnknownCampaign struct {
	CampaignId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func KappaHubUnknownCampaignErrorID() common.Hash {
	return common.HexToHash("0x25435c4ea72d9cfff69367b734599bbe9131f5b088eb4a4c649d2425e009c88c")
}

// UnpackUnknownCampaignError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCampaign(uint256 campaignId)
func (kappaHub *KappaHub) UnpackUnknownCampaignError(raw []byte) (*KappaHubUnknownCampaign, error) {
	out := new(KappaHubUnknownCampaign)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownCampaign", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubUnknownLane represents a UnknownLane error raised by the KappaHub contract.
type KappaHubUnknownLane struct {
	Lane *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLane(uint256 lane)
func KappaHubUnknownLaneErrorID() common.Hash {
	return common.HexToHash("0xc5ec1623fc4c9fa552dd17ab0e371b1bc17ee32de0f1d0dfda2c84360b93ba0d")
}

// UnpackUnknownLaneError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLane(uint256 lane)
func (kappaHub *KappaHub) UnpackUnknownLaneError(raw []byte) (*KappaHubUnknownLane, error) {
	out := new(KappaHubUnknownLane)
	if err := kappaHub.abi.UnpackIntoInterface(out, "UnknownLane", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaHubWrongLabelCount represents a WrongLabelCount error raised by the KappaHub contract.
type KappaHubWrongLabelCount struct {
	ChunkId *big.Int
	Got     *big.Int
	Want    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func KappaHubWrongLabelCountErrorID() common.Hash {
	return common.HexToHash("0xbca5754688b40dd371924574e78943b614d27cd90845acd8e6909faf24736aec")
}

// UnpackWrongLabelCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLabelCount(uint256 chunkId, uint256 got, uint256 want)
func (kappaHub *KappaHub) UnpackWrongLabelCountError(raw []byte) (*KappaHubWrongLabelCount, error) {
	out := new(KappaHubWrongLabelCount)
	if err := kappaHub.abi.UnpackIntoInterface(out, "WrongLabelCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenMetaData contains all meta data concerning the KappaToken contract.
var KappaTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ERC2612ExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC2612InvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"permit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "29143e29f12e3250ec44471e8a4d2edfa0",
	Bin: "0x610160806040523461048657611263803803809161001d828561048a565b833981016060828203126104865781516001600160401b03811161048657816100479184016104ad565b60208301519091906001600160401b0381116104865760409161006b9185016104ad565b9201516001600160a01b038116919082900361048657604092835191610091858461048a565b60018352603160f81b6020840190815281519092906001600160401b03811161039657600354600181811c9116801561047c575b602082101461037857601f8111610419575b50806020601f82116001146103b5575f916103aa575b508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103965760045490600182811c9216801561038c575b60208310146103785781601f84931161030a575b50602090601f83116001146102a4575f92610299575b50508160011b915f199060031b1c1916176004555b61016c81610502565b6101205261017983610502565b6101405260208151910120918260e05251902080610100524660a05283519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f84528583015260608201524660808201523060a082015260a081526101e460c08261048a565b5190206080523060c052801561028657600880546001600160a01b0319811683179091559151916001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3610cf5908161056e823960805181610a49015260a05181610b06015260c05181610a13015260e05181610a9801526101005181610abe015261012051816104730152610140518161049c0152f35b631e4fbdf760e01b5f525f60045260245ffd5b015190505f8061014e565b60045f9081528281209350601f198516905b8181106102f257509084600195949392106102da575b505050811b01600455610163565b01515f1960f88460031b161c191690555f80806102cc565b929360206001819287860151815501950193016102b6565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061036e575b90601f859493920160051c01905b8181106103605750610138565b5f8155849350600101610353565b9091508190610345565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610124565b634e487b7160e01b5f52604160045260245ffd5b90508301515f6100ed565b60035f9081528181209250601f198416905b818110610401575090836001949392106103e9575b5050811b01600355610101565b8501515f1960f88460031b161c191690555f806103dc565b9192602060018192868a0151815501940192016103c7565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610472575b601f0160051c01905b81811061046757506100d7565b5f815560010161045a565b9091508190610451565b90607f16906100c5565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761039657604052565b81601f82011215610486578051906001600160401b03821161039657604051926104e1601f8401601f19166020018561048a565b8284526020838301011161048657815f9260208093018386015e8301015290565b601f81511161052d57602081519101516020821061051e571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306fdde031461082857508063095ea7b31461080257806318160ddd146107e557806323b872dd14610706578063313ce567146106eb5780633644e515146106c957806340c10f191461061d57806370a08231146105e6578063715018a61461058b5780637ecebe001461055357806384b0196e1461045b5780638da5cb5b1461043357806395d89b4114610327578063a9059cbb146102f6578063d505accf146101b1578063dd62ed3e146101615763f2fde38b146100d7575f80fd5b3461015d57602036600319011261015d576100f0610904565b6100f8610b2c565b6001600160a01b0316801561014a57600880546001600160a01b0319811683179091556001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e05f80a3005b631e4fbdf760e01b5f525f60045260245ffd5b5f80fd5b3461015d57604036600319011261015d5761017a610904565b61018261091a565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b3461015d5760e036600319011261015d576101ca610904565b6101d261091a565b604435906064359260843560ff8116810361015d578442116102e3576102a66102af9160018060a01b03841696875f52600760205260405f20908154916001830190556040519060208201927f6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c984528a604084015260018060a01b038916606084015289608084015260a083015260c082015260c0815261027460e082610930565b51902061027f610a10565b906040519161190160f01b83526002830152602282015260c43591604260a4359220610bf4565b90929192610c81565b6001600160a01b03168481036102cc57506102ca9350610b53565b005b84906325c0072360e11b5f5260045260245260445ffd5b8463313c898160e11b5f5260045260245ffd5b3461015d57604036600319011261015d5761031c610312610904565b6024359033610966565b602060405160018152f35b3461015d575f36600319011261015d576040515f6004548060011c90600181168015610429575b602083108114610415578285529081156103f15750600114610393575b61038f8361037b81850382610930565b6040519182916020835260208301906108e0565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103d75750909150810160200161037b61036b565b9192600181602092548385880101520191019092916103bf565b60ff191660208086019190915291151560051b8401909101915061037b905061036b565b634e487b7160e01b5f52602260045260245ffd5b91607f169161034e565b3461015d575f36600319011261015d576008546040516001600160a01b039091168152602090f35b3461015d575f36600319011261015d576104f76104977f0000000000000000000000000000000000000000000000000000000000000000610bb6565b6104c07f0000000000000000000000000000000000000000000000000000000000000000610bb6565b6020610505604051926104d38385610930565b5f84525f368137604051958695600f60f81b875260e08588015260e08701906108e0565b9085820360408701526108e0565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061053c57505050500390f35b83518552869550938101939281019260010161052d565b3461015d57602036600319011261015d576001600160a01b03610574610904565b165f526007602052602060405f2054604051908152f35b3461015d575f36600319011261015d576105a3610b2c565b600880546001600160a01b031981169091555f906001600160a01b03167f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e08280a3005b3461015d57602036600319011261015d576001600160a01b03610607610904565b165f525f602052602060405f2054604051908152f35b3461015d57604036600319011261015d57610636610904565b60243590610642610b2c565b6001600160a01b03169081156106b657600254908082018092116106a25760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a3005b634e487b7160e01b5f52601160045260245ffd5b63ec442f0560e01b5f525f60045260245ffd5b3461015d575f36600319011261015d5760206106e3610a10565b604051908152f35b3461015d575f36600319011261015d57602060405160128152f35b3461015d57606036600319011261015d5761071f610904565b61072761091a565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f198110610765575b5061031c9350610966565b8381106107ca5784156107b75733156107a45761031c945f52600160205260405f2060018060a01b0333165f526020528360405f20910390558461075a565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b3461015d575f36600319011261015d576020600254604051908152f35b3461015d57604036600319011261015d5761031c61081e610904565b6024359033610b53565b3461015d575f36600319011261015d575f6003548060011c906001811680156108d6575b602083108114610415578285529081156103f157506001146108785761038f8361037b81850382610930565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b8082106108bc5750909150810160200161037b61036b565b9192600181602092548385880101520191019092916108a4565b91607f169161084c565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361015d57565b602435906001600160a01b038216820361015d57565b90601f8019910116810190811067ffffffffffffffff82111761095257604052565b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b03169081156109fd576001600160a01b03169182156106b657815f525f60205260405f20548181106109e457817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92602092855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3565b8263391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480610b03575b15610a6b577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152610afd60c082610930565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614610a42565b6008546001600160a01b03163303610b4057565b63118cdaa760e01b5f523360045260245ffd5b6001600160a01b03169081156107b7576001600160a01b03169182156107a45760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a3565b60ff811690601f8211610be55760405191610bd2604084610930565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411610c76579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15610c6b575f516001600160a01b03811615610c6157905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b6004811015610ce15780610c93575050565b60018103610caa5763f645eedf60e01b5f5260045ffd5b60028103610cc5575063fce698f760e01b5f5260045260245ffd5b600314610ccf5750565b6335e2f38360e21b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd",
}

// KappaToken is an auto generated Go binding around an Ethereum contract.
type KappaToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *KappaToken) GetABI() abi.ABI {
	return c.abi
}

// NewKappaToken creates a new instance of KappaToken.
func NewKappaToken() *KappaToken {
	parsed, err := KappaTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KappaToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KappaToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address owner_) returns()
func (kappaToken *KappaToken) PackConstructor(name_ string, symbol_ string, owner_ common.Address) []byte {
	enc, err := kappaToken.abi.Pack("", name_, symbol_, owner_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) PackDOMAINSEPARATOR() []byte {
	enc, err := kappaToken.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return kappaToken.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (kappaToken *KappaToken) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := kappaToken.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := kappaToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (kappaToken *KappaToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackApprove(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) PackBalanceOf(account common.Address) []byte {
	enc, err := kappaToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (kappaToken *KappaToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) PackDecimals() []byte {
	enc, err := kappaToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) TryPackDecimals() ([]byte, error) {
	return kappaToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (kappaToken *KappaToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := kappaToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) PackEip712Domain() []byte {
	enc, err := kappaToken.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) TryPackEip712Domain() ([]byte, error) {
	return kappaToken.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (kappaToken *KappaToken) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := kappaToken.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (kappaToken *KappaToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) PackName() []byte {
	enc, err := kappaToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) TryPackName() ([]byte, error) {
	return kappaToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (kappaToken *KappaToken) UnpackName(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) PackNonces(owner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) TryPackNonces(owner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (kappaToken *KappaToken) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) PackOwner() []byte {
	enc, err := kappaToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) TryPackOwner() ([]byte, error) {
	return kappaToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (kappaToken *KappaToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := kappaToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (kappaToken *KappaToken) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return kappaToken.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) PackRenounceOwnership() []byte {
	enc, err := kappaToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (kappaToken *KappaToken) TryPackRenounceOwnership() ([]byte, error) {
	return kappaToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) PackSymbol() []byte {
	enc, err := kappaToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) TryPackSymbol() ([]byte, error) {
	return kappaToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (kappaToken *KappaToken) UnpackSymbol(data []byte) (string, error) {
	out, err := kappaToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) PackTotalSupply() []byte {
	enc, err := kappaToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) TryPackTotalSupply() ([]byte, error) {
	return kappaToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (kappaToken *KappaToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := kappaToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := kappaToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return kappaToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (kappaToken *KappaToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := kappaToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := kappaToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (kappaToken *KappaToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return kappaToken.abi.Pack("transferOwnership", newOwner)
}

// KappaTokenApproval represents a Approval event raised by the KappaToken contract.
type KappaTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const KappaTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (KappaTokenApproval) ContractEventName() string {
	return KappaTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (kappaToken *KappaToken) UnpackApprovalEvent(log *types.Log) (*KappaTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenApproval)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenEIP712DomainChanged represents a EIP712DomainChanged event raised by the KappaToken contract.
type KappaTokenEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const KappaTokenEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (KappaTokenEIP712DomainChanged) ContractEventName() string {
	return KappaTokenEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (kappaToken *KappaToken) UnpackEIP712DomainChangedEvent(log *types.Log) (*KappaTokenEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenOwnershipTransferred represents a OwnershipTransferred event raised by the KappaToken contract.
type KappaTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const KappaTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (KappaTokenOwnershipTransferred) ContractEventName() string {
	return KappaTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (kappaToken *KappaToken) UnpackOwnershipTransferredEvent(log *types.Log) (*KappaTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// KappaTokenTransfer represents a Transfer event raised by the KappaToken contract.
type KappaTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const KappaTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (KappaTokenTransfer) ContractEventName() string {
	return KappaTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (kappaToken *KappaToken) UnpackTransferEvent(log *types.Log) (*KappaTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != kappaToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(KappaTokenTransfer)
	if len(log.Data) > 0 {
		if err := kappaToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range kappaToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kappaToken *KappaToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return kappaToken.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return kappaToken.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return kappaToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kappaToken.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kappaToken.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KappaTokenECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func KappaTokenECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureError(raw []byte) (*KappaTokenECDSAInvalidSignature, error) {
	out := new(KappaTokenECDSAInvalidSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func KappaTokenECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*KappaTokenECDSAInvalidSignatureLength, error) {
	out := new(KappaTokenECDSAInvalidSignatureLength)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the KappaToken contract.
type KappaTokenECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func KappaTokenECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (kappaToken *KappaToken) UnpackECDSAInvalidSignatureSError(raw []byte) (*KappaTokenECDSAInvalidSignatureS, error) {
	out := new(KappaTokenECDSAInvalidSignatureS)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func KappaTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*KappaTokenERC20InsufficientAllowance, error) {
	out := new(KappaTokenERC20InsufficientAllowance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the KappaToken contract.
type KappaTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func KappaTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (kappaToken *KappaToken) UnpackERC20InsufficientBalanceError(raw []byte) (*KappaTokenERC20InsufficientBalance, error) {
	out := new(KappaTokenERC20InsufficientBalance)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the KappaToken contract.
type KappaTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func KappaTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (kappaToken *KappaToken) UnpackERC20InvalidApproverError(raw []byte) (*KappaTokenERC20InvalidApprover, error) {
	out := new(KappaTokenERC20InvalidApprover)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the KappaToken contract.
type KappaTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func KappaTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (kappaToken *KappaToken) UnpackERC20InvalidReceiverError(raw []byte) (*KappaTokenERC20InvalidReceiver, error) {
	out := new(KappaTokenERC20InvalidReceiver)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func KappaTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (kappaToken *KappaToken) UnpackERC20InvalidSenderError(raw []byte) (*KappaTokenERC20InvalidSender, error) {
	out := new(KappaTokenERC20InvalidSender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the KappaToken contract.
type KappaTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func KappaTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (kappaToken *KappaToken) UnpackERC20InvalidSpenderError(raw []byte) (*KappaTokenERC20InvalidSpender, error) {
	out := new(KappaTokenERC20InvalidSpender)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the KappaToken contract.
type KappaTokenERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func KappaTokenERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (kappaToken *KappaToken) UnpackERC2612ExpiredSignatureError(raw []byte) (*KappaTokenERC2612ExpiredSignature, error) {
	out := new(KappaTokenERC2612ExpiredSignature)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the KappaToken contract.
type KappaTokenERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func KappaTokenERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (kappaToken *KappaToken) UnpackERC2612InvalidSignerError(raw []byte) (*KappaTokenERC2612InvalidSigner, error) {
	out := new(KappaTokenERC2612InvalidSigner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidAccountNonce represents a InvalidAccountNonce error raised by the KappaToken contract.
type KappaTokenInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func KappaTokenInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (kappaToken *KappaToken) UnpackInvalidAccountNonceError(raw []byte) (*KappaTokenInvalidAccountNonce, error) {
	out := new(KappaTokenInvalidAccountNonce)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenInvalidShortString represents a InvalidShortString error raised by the KappaToken contract.
type KappaTokenInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func KappaTokenInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (kappaToken *KappaToken) UnpackInvalidShortStringError(raw []byte) (*KappaTokenInvalidShortString, error) {
	out := new(KappaTokenInvalidShortString)
	if err := kappaToken.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the KappaToken contract.
type KappaTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func KappaTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (kappaToken *KappaToken) UnpackOwnableInvalidOwnerError(raw []byte) (*KappaTokenOwnableInvalidOwner, error) {
	out := new(KappaTokenOwnableInvalidOwner)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the KappaToken contract.
type KappaTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func KappaTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (kappaToken *KappaToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*KappaTokenOwnableUnauthorizedAccount, error) {
	out := new(KappaTokenOwnableUnauthorizedAccount)
	if err := kappaToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KappaTokenStringTooLong represents a StringTooLong error raised by the KappaToken contract.
type KappaTokenStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func KappaTokenStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (kappaToken *KappaToken) UnpackStringTooLongError(raw []byte) (*KappaTokenStringTooLong, error) {
	out := new(KappaTokenStringTooLong)
	if err := kappaToken.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbacks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackError\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCallbackSucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"selfApprove\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "cb6ad455b12ff2570e8c2d06210279c87a",
	Bin: "0x60806040523461031457604080519081016001600160401b0381118282101761022757604090815260098252681499595b9d1c985b9d60ba1b602083015280519081016001600160401b03811182821017610227576040526005815264149151539560da1b602082015281516001600160401b03811161022757600354600181811c9116801561030a575b602082101461020957601f81116102a7575b50602092601f821160011461024657928192935f9261023b575b50508160011b915f199060031b1c1916176003555b80516001600160401b03811161022757600454600181811c9116801561021d575b602082101461020957601f81116101a6575b50602091601f8211600114610146579181925f9261013b575b50508160011b915f199060031b1c1916176004555b604051610f1890816103198239f35b015190505f80610117565b601f1982169260045f52805f20915f5b85811061018e57508360019510610176575b505050811b0160045561012c565b01515f1960f88460031b161c191690555f8080610168565b91926020600181928685015181550194019201610156565b60045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f830160051c810191602084106101ff575b601f0160051c01905b8181106101f457506100fe565b5f81556001016101e7565b90915081906101de565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ec565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b6565b601f1982169360035f52805f20915f5b86811061028f5750836001959610610277575b505050811b016003556100cb565b01515f1960f88460031b161c191690555f8080610269565b91926020600181928685015181550194019201610256565b60035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f830160051c81019160208410610300575b601f0160051c01905b8181106102f5575061009c565b5f81556001016102e8565b90915081906102df565b90607f169061008a565b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908162b1278314610a655750806306fdde03146109c0578063095ea7b31461099a57806318160ddd1461097d578063189494c814610957578063232f213c1461093257806323b872dd146108535780632f41109314610831578063313ce567146108165780633522bfd0146106c057806340c10f191461043d57806370a082311461040657806395d89b41146103615780639e99c16f146102bc578063a878f858146101f1578063a9059cbb146101c0578063be6002c214610168578063d4b83992146101405763dd62ed3e146100ec575f80fd5b3461013c57604036600319011261013c57610105610aa3565b61010d610ab9565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b5f80fd5b3461013c575f36600319011261013c576005546040516001600160a01b039091168152602090f35b3461013c575f808061017936610acf565b919290826040519384928337810182815203925af1610196610bdd565b90156101b8576101b490604051918291602083526020830190610a7f565b0390f35b602081519101fd5b3461013c57604036600319011261013c576101e66101dc610aa3565b6024359033610c1c565b602060405160018152f35b3461013c575f36600319011261013c576040515f60065461021181610b33565b8084529060018116908115610298575060011461024d575b6101b48361023981850382610b6b565b604051918291602083526020830190610a7f565b60065f9081525f516020610ef85f395f51905f52939250905b80821061027e57509091508101602001610239610229565b919260018160209254838588010152019101909291610266565b60ff191660208086019190915291151560051b840190910191506102399050610229565b3461013c575f36600319011261013c576040515f6008546102dc81610b33565b80845290600181169081156102985750600114610303576101b48361023981850382610b6b565b60085f9081527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3939250905b80821061034757509091508101602001610239610229565b91926001816020925483858801015201910190929161032f565b3461013c575f36600319011261013c576040515f60045461038181610b33565b808452906001811690811561029857506001146103a8576101b48361023981850382610b6b565b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106103ec57509091508101602001610239610229565b9192600181602092548385880101520191019092916103d4565b3461013c57602036600319011261013c576001600160a01b03610427610aa3565b165f525f602052602060405f2054604051908152f35b3461013c57604036600319011261013c57610456610aa3565b6001600160a01b031660243581156106ad57600254908082018092116106865760207fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef915f9360025584845283825260408420818154019055604051908152a360075460ff81168061069a575b6104c957005b60ff19166007556009545f1981146106865760010160095560055460405160065490916001600160a01b0316905f9061050181610b33565b90600181169081156106715750600114610635575b5090825f8094819403925af161052a610bdd565b9061ff0060075491151560081b169061ff00191617600755805167ffffffffffffffff81116106215761056781610562600854610b33565b610b8d565b602091601f82116001146105a657610595925f918361059b575b50508160011b915f199060031b1c19161790565b6008555b005b015190508380610581565b601f1982169260085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b858110610609575083600195106105f1575b505050811b01600855005b01515f1960f88460031b161c191690558280806105e6565b919260206001819286850151815501940192016105d4565b634e487b7160e01b5f52604160045260245ffd5b905060065f525f516020610ef85f395f51905f525f905b82821061065d575050820182610516565b60018160209254848801520191019061064c565b60ff1916855250801515028301905082610516565b634e487b7160e01b5f52601160045260245ffd5b506005546001600160a01b0316156104c3565b63ec442f0560e01b5f525f60045260245ffd5b3461013c576106ce36610acf565b909160018060a01b03166bffffffffffffffffffffffff60a01b600554161760055567ffffffffffffffff81116106215761070a600654610b33565b601f81116107c6575b505f601f821160011461075e578190610740935f926107535750508160011b915f199060031b1c19161790565b6006555b6007805460ff19166001179055005b013590508380610581565b601f198216925f516020610ef85f395f51905f52915f5b8581106107ae57508360019510610795575b505050811b01600655610744565b01355f19600384901b60f8161c19169055828080610787565b90926020600181928686013581550194019101610775565b60065f525f516020610ef85f395f51905f52601f830160051c8101916020841061080c575b601f0160051c01905b8181106108015750610713565b5f81556001016107f4565b90915081906107eb565b3461013c575f36600319011261013c57602060405160128152f35b3461013c575f36600319011261013c57602060ff600754166040519015158152f35b3461013c57606036600319011261013c5761086c610aa3565b610874610ab9565b6001600160a01b0382165f818152600160209081526040808320338452909152902054909260443592915f1981106108b2575b506101e69350610c1c565b8381106109175784156109045733156108f1576101e6945f52600160205260405f2060018060a01b0333165f526020528360405f2091039055846108a7565b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b8390637dc7a0d960e11b5f523360045260245260445260645ffd5b3461013c575f36600319011261013c57602060ff60075460081c166040519015158152f35b3461013c57604036600319011261013c57610599610973610aa3565b6024359030610e94565b3461013c575f36600319011261013c576020600254604051908152f35b3461013c57604036600319011261013c576101e66109b6610aa3565b6024359033610e94565b3461013c575f36600319011261013c576040515f6003546109e081610b33565b80845290600181169081156102985750600114610a07576101b48361023981850382610b6b565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610a4b57509091508101602001610239610229565b919260018160209254838588010152019101909291610a33565b3461013c575f36600319011261013c576020906009548152f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b600435906001600160a01b038216820361013c57565b602435906001600160a01b038216820361013c57565b604060031982011261013c576004356001600160a01b038116810361013c579160243567ffffffffffffffff811161013c578260238201121561013c5780600401359267ffffffffffffffff841161013c576024848301011161013c576024019190565b90600182811c92168015610b61575b6020831014610b4d57565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610b42565b90601f8019910116810190811067ffffffffffffffff82111761062157604052565b601f8111610b99575050565b60085f5260205f20906020601f840160051c83019310610bd3575b601f0160051c01905b818110610bc8575050565b5f8155600101610bbd565b9091508190610bb4565b3d15610c17573d9067ffffffffffffffff82116106215760405191610c0c601f8201601f191660200184610b6b565b82523d5f602084013e565b606090565b6001600160a01b031691908215610e81576001600160a01b03169081156106ad57825f525f60205260405f2054818110610e685760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a36007549060ff82169081610e53575b50610cb15750565b60ff19166007556009545f1981146106865760010160095560018060a01b03600554166040515f600654610ce481610b33565b9060018116908115610e3e5750600114610e02575b5091815f809493819403925af190610d0f610bdd565b9161ff0060075491151560081b169061ff00191617600755815167ffffffffffffffff811161062157610d4781610562600854610b33565b602092601f8211600114610d8657610d76929382915f92610d7b5750508160011b915f199060031b1c19161790565b600855565b015190505f80610581565b601f1982169360085f527ff3f7a9fe364faab93b216da50a3214154f22a0a2b415b23a84c8169e8b636ee3915f5b868110610dea5750836001959610610dd2575b505050811b01600855565b01515f1960f88460031b161c191690555f8080610dc7565b91926020600181928685015181550194019201610db4565b905060065f525f516020610ef85f395f51905f525f905b828210610e2a575050810181610cf9565b600181602092548487015201910190610e19565b60ff1916845250801515028201905081610cf9565b6005546001600160a01b03161490505f610ca9565b8363391434e360e21b5f5260045260245260445260645ffd5b634b637e8f60e11b5f525f60045260245ffd5b6001600160a01b0316908115610904576001600160a01b03169182156108f15760207f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591835f526001825260405f20855f5282528060405f2055604051908152a356fef652222313e28459528d920b65115c16c04f3efc82aaedc97be59f3f377c0d3f",
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantToken) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantToken creates a new instance of ReentrantToken.
func NewReentrantToken() *ReentrantToken {
	parsed, err := ReentrantTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackApprove(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantToken *ReentrantToken) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) PackArmed() []byte {
	enc, err := reentrantToken.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackArmed() ([]byte, error) {
	return reentrantToken.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) PackBalanceOf(account common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) PackCallbacks() []byte {
	enc, err := reentrantToken.abi.Pack("callbacks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbacks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b12783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackCallbacks() ([]byte, error) {
	return reentrantToken.abi.Pack("callbacks")
}

// UnpackCallbacks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b12783.
//
// Solidity: function callbacks() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackCallbacks(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("callbacks", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) PackDecimals() []byte {
	enc, err := reentrantToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) TryPackDecimals() ([]byte, error) {
	return reentrantToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (reentrantToken *ReentrantToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := reentrantToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) PackExec(target common.Address, data []byte) []byte {
	enc, err := reentrantToken.abi.Pack("exec", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) TryPackExec(target common.Address, data []byte) ([]byte, error) {
	return reentrantToken.abi.Pack("exec", target, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address target_, bytes data) returns(bytes)
func (reentrantToken *ReentrantToken) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) PackLastCallbackError() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e99c16f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackLastCallbackError() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackError")
}

// UnpackLastCallbackError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e99c16f.
//
// Solidity: function lastCallbackError() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackLastCallbackError(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackError", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) PackLastCallbackSucceeded() []byte {
	enc, err := reentrantToken.abi.Pack("lastCallbackSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCallbackSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232f213c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackLastCallbackSucceeded() ([]byte, error) {
	return reentrantToken.abi.Pack("lastCallbackSucceeded")
}

// UnpackLastCallbackSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x232f213c.
//
// Solidity: function lastCallbackSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackLastCallbackSucceeded(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("lastCallbackSucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) PackName() []byte {
	enc, err := reentrantToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) TryPackName() ([]byte, error) {
	return reentrantToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (reentrantToken *ReentrantToken) UnpackName(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) PackPayload() []byte {
	enc, err := reentrantToken.abi.Pack("payload")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa878f858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackPayload() ([]byte, error) {
	return reentrantToken.abi.Pack("payload")
}

// UnpackPayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackPayload(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("payload", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackSelfApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("selfApprove", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSelfApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189494c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function selfApprove(address spender, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackSelfApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("selfApprove", spender, amount)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) PackSymbol() []byte {
	enc, err := reentrantToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) TryPackSymbol() ([]byte, error) {
	return reentrantToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (reentrantToken *ReentrantToken) UnpackSymbol(data []byte) (string, error) {
	out, err := reentrantToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) PackTarget() []byte {
	enc, err := reentrantToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) TryPackTarget() ([]byte, error) {
	return reentrantToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) PackTotalSupply() []byte {
	enc, err := reentrantToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackTotalSupply() ([]byte, error) {
	return reentrantToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ReentrantTokenApproval represents a Approval event raised by the ReentrantToken contract.
type ReentrantTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenApproval) ContractEventName() string {
	return ReentrantTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (reentrantToken *ReentrantToken) UnpackApprovalEvent(log *types.Log) (*ReentrantTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenApproval)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReentrantTokenTransfer represents a Transfer event raised by the ReentrantToken contract.
type ReentrantTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ReentrantTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ReentrantTokenTransfer) ContractEventName() string {
	return ReentrantTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (reentrantToken *ReentrantToken) UnpackTransferEvent(log *types.Log) (*ReentrantTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reentrantToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReentrantTokenTransfer)
	if len(log.Data) > 0 {
		if err := reentrantToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reentrantToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reentrantToken *ReentrantToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], reentrantToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return reentrantToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReentrantTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ReentrantTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*ReentrantTokenERC20InsufficientAllowance, error) {
	out := new(ReentrantTokenERC20InsufficientAllowance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ReentrantToken contract.
type ReentrantTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ReentrantTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (reentrantToken *ReentrantToken) UnpackERC20InsufficientBalanceError(raw []byte) (*ReentrantTokenERC20InsufficientBalance, error) {
	out := new(ReentrantTokenERC20InsufficientBalance)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ReentrantTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidApproverError(raw []byte) (*ReentrantTokenERC20InvalidApprover, error) {
	out := new(ReentrantTokenERC20InvalidApprover)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ReentrantTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidReceiverError(raw []byte) (*ReentrantTokenERC20InvalidReceiver, error) {
	out := new(ReentrantTokenERC20InvalidReceiver)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ReentrantTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSenderError(raw []byte) (*ReentrantTokenERC20InvalidSender, error) {
	out := new(ReentrantTokenERC20InvalidSender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReentrantTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ReentrantToken contract.
type ReentrantTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ReentrantTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (reentrantToken *ReentrantToken) UnpackERC20InvalidSpenderError(raw []byte) (*ReentrantTokenERC20InvalidSpender, error) {
	out := new(ReentrantTokenERC20InvalidSpender)
	if err := reentrantToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RulesMirrorMetaData contains all meta data concerning the RulesMirror contract.
var RulesMirrorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"campaignId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunkId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"annotator\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"labelDoc\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"commitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"mask\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"labels\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"goldCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chunkId\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"tier\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"size\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"tasksRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"gold\",\"type\":\"bytes32\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "2f248bd1d98cf1780f3353d265eb52a356",
	Bin: "0x608080604052346015576102bb908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163492ebb331461016657508063add4d5b8146100d15763be65ba3a1461003d575f80fd5b346100cd5760603660031901126100cd5760043567ffffffffffffffff81116100cd5761006e903690600401610239565b60243567ffffffffffffffff81116100cd576100c2602080946100b261009b6100ac953690600401610239565b604051968794868601998a9161026a565b9161026a565b6044358152038084520182610285565b519020604051908152f35b5f80fd5b346100cd5760a03660031901126100cd5760043567ffffffffffffffff81168091036100cd576024359060ff82168092036100cd576044359161ffff83168093036100cd576020926040519184830193845260408301526060820152606435608082015260843560a082015260a0815261014c60c082610285565b5190206040518281019182528281526100c2604082610285565b346100cd576101003660031901126100cd576024356001600160a01b03811681036100cd57608435916001600160a01b03831683036100cd5760a4359267ffffffffffffffff84116100cd576040826102206100c2936101cc6020983690600401610239565b9091898501986004358a526bffffffffffffffffffffffff199060601b1686860152604435605486015260643560748601526bffffffffffffffffffffffff199060601b16609485015260a884019161026a565b60c435815260e435878201520385810184520182610285565b9181601f840112156100cd5782359167ffffffffffffffff83116100cd576020808501948460051b0101116100cd57565b91906001600160fb1b0381116100cd5760051b809282370190565b90601f8019910116810190811067ffffffffffffffff8211176102a757604052565b634e487b7160e01b5f52604160045260245ffd",
}

// RulesMirror is an auto generated Go binding around an Ethereum contract.
type RulesMirror struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RulesMirror) GetABI() abi.ABI {
	return c.abi
}

// NewRulesMirror creates a new instance of RulesMirror.
func NewRulesMirror() *RulesMirror {
	parsed, err := RulesMirrorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RulesMirror{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RulesMirror) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492ebb33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackCommitment(chainId *big.Int, hub common.Address, campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, labelDoc [32]byte, salt [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("commitment", chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492ebb33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackCommitment(chainId *big.Int, hub common.Address, campaignId *big.Int, chunkId *big.Int, annotator common.Address, labels []*big.Int, labelDoc [32]byte, salt [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("commitment", chainId, hub, campaignId, chunkId, annotator, labels, labelDoc, salt)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x492ebb33.
//
// Solidity: function commitment(uint256 chainId, address hub, uint256 campaignId, uint256 chunkId, address annotator, uint256[] labels, bytes32 labelDoc, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackCommitment(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("commitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGoldCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe65ba3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackGoldCommitment(mask []*big.Int, labels []*big.Int, salt [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("goldCommitment", mask, labels, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGoldCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe65ba3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackGoldCommitment(mask []*big.Int, labels []*big.Int, salt [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("goldCommitment", mask, labels, salt)
}

// UnpackGoldCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe65ba3a.
//
// Solidity: function goldCommitment(uint256[] mask, uint256[] labels, bytes32 salt) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackGoldCommitment(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("goldCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd4d5b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) PackLeafHash(chunkId uint64, tier uint8, size uint16, tasksRoot [32]byte, gold [32]byte) []byte {
	enc, err := rulesMirror.abi.Pack("leafHash", chunkId, tier, size, tasksRoot, gold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xadd4d5b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) TryPackLeafHash(chunkId uint64, tier uint8, size uint16, tasksRoot [32]byte, gold [32]byte) ([]byte, error) {
	return rulesMirror.abi.Pack("leafHash", chunkId, tier, size, tasksRoot, gold)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xadd4d5b8.
//
// Solidity: function leafHash(uint64 chunkId, uint8 tier, uint16 size, bytes32 tasksRoot, bytes32 gold) pure returns(bytes32)
func (rulesMirror *RulesMirror) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := rulesMirror.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
